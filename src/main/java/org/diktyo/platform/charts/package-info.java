/**
 * Charts drawn on the server as SVG, each with its figures as an accessible HTML table: no
 * JavaScript, no chart library. A module that draws a chart declares {@code "platform :: charts"}
 * among its allowed dependencies.
 */
@org.springframework.modulith.NamedInterface("charts")
package org.diktyo.platform.charts;
