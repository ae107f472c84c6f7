/**
 * Contract tests for nnlab plugins.
 *
 * <p>Add {@code nn-testkit} as a test dependency and extend the contract of your plugin's kind
 * with one class, for example {@code class SwishTest extends ActivationContract} returning your
 * provider from {@code provider()}. JUnit 5 then runs every check a plugin of that kind must
 * pass: derivatives against central finite differences, bulk methods (double and float) against
 * scalar ones, finite outputs, a valid name, ServiceLoader registration, no mutable fields, and
 * thread safety. The kit's own tests run deliberately broken plugins through each contract to show
 * that every check can fail.
 */
package org.nnlab.testkit;
