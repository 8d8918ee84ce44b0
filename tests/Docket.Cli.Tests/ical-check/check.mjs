// Parses an iCalendar file with ical.js and prints one line per event: UID, start and end in UTC, status, summary.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(process.argv[2], "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
for (const component of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(component);
  const utc = (t) => t.toJSDate().toISOString();
  console.log(JSON.stringify({
    uid: event.uid,
    start: utc(event.startDate),
    end: utc(event.endDate),
    status: component.getFirstPropertyValue("status"),
    summary: event.summary,
  }));
}
