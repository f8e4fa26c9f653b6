/**
 * Spreadsheet exports read as CSV ({@link org.deskbot.csv.CsvTable}): FAQ spreadsheets, training
 * data, past tickets.
 *
 * <p>A leaf: depends on no other deskbot package.
 */
package org.deskbot.csv;
