// Parse vCard or iCalendar files with ical.js and print each as jCard/jCal JSON (one line per file).
// Exit 1 with "FILE: message" on the first file ical.js rejects. Used by tests/exchange/second_parser.py.
import fs from "node:fs";
import ICAL from "ical.js";

for (const path of process.argv.slice(2)) {
  try {
    let parsed = ICAL.parse(fs.readFileSync(path, "utf8"));
    if (!Array.isArray(parsed[0])) parsed = [parsed];
    for (const data of parsed) {
      const component = new ICAL.Component(data);
      for (const sub of [component, ...component.getAllSubcomponents()]) {
        for (const property of sub.getAllProperties()) property.getValues();
      }
    }
    console.log(JSON.stringify(parsed));
  } catch (error) {
    console.error(`${path}: ${error.message}`);
    process.exit(1);
  }
}
