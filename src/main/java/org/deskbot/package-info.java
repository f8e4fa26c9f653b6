/**
 * deskbot: the help-desk chatbot and ticket deflector. {@link org.deskbot.Main} is the command
 * line's root and the only {@code main}; it registers the commands of {@code cli} and depends on
 * nothing else.
 */
package org.deskbot;
