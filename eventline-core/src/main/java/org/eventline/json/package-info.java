/** The JSON shapes of articles and events that users, scorers and the API rely on. */
package org.eventline.json;
