/**
 * Places: where events happened. {@link org.eventline.geo.Gazetteer} is an offline gazetteer built
 * from GeoNames data (cities of 500+ people, first- and second-level regions, countries; see the
 * README under {@code org/eventline/geo/} in the resources for provenance and licences) plus a
 * readable supplement of places that conflict news names and GeoNames' extract lacks; the build
 * turns the large files into a {@code PlaceTable} that loads in a few tenths of a second. It picks among
 * same-named places as CLIFF-CLAVIN and Mordecai do: the countries the article is about, population,
 * and the region named nearby. {@link org.eventline.geo.Geocoder} gives coded events their
 * {@link org.eventline.geo.Place}, from their sentence or their target, and leaves it null rather
 * than guess.
 */
package org.eventline.geo;
