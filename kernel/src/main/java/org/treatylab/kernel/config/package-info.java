/**
 * The kernel's settings read from the environment ({@link org.treatylab.kernel.config.Env}), in a
 * package of their own so that every layer (the kernel, its magics) may read them without depending on
 * the kernel class.
 */
package org.treatylab.kernel.config;
