/** The built-in loss functions, registered with {@code @AutoService} like any plugin. */
package org.nnlab.core.losses;
