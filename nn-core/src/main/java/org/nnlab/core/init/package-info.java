/** Weight initialisation schemes and the seeded random streams they draw from. */
package org.nnlab.core.init;
