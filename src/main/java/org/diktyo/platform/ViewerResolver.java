package org.diktyo.platform;

/**
 * Tells who is making the current request. Implemented by the accounts module from the
 * security context; the platform and every module read the {@link Viewer} through it.
 */
public interface ViewerResolver {

    Viewer current();
}
