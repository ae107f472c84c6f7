/**
 * Learning-rate schedules ({@code optimizer.schedule}): the rate each epoch trains with, as
 * PyTorch's schedulers give it when {@code scheduler.step()} is called after every epoch.
 */
package org.nnlab.core.schedule;
