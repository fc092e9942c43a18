#!/usr/bin/python3
"""Reads a calendar file with a third-party parser (Debian's python3-icalendar) and prints
what a calendar would import, one line per event, times in Europe/Athens:

    scripts/ics-check.py meeting.ics
    METHOD REQUEST
    EVENT uid=… sequence=0 start=2024-06-17T17:30:00+03:00 end=2024-06-17T20:00:00+03:00 \
      tz=Europe/Athens status=CONFIRMED summary=… location=… url=…

Exits non-zero if the file does not parse or an event lacks UID, DTSTART or DTEND.
"""
import sys
from datetime import datetime

import icalendar
import pytz

ATHENS = pytz.timezone("Europe/Athens")


def main(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    print("METHOD", calendar.get("METHOD", ""))
    zones = [str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")]
    print("VTIMEZONE", ",".join(zones))
    events = calendar.walk("VEVENT")
    if not events:
        sys.exit("no VEVENT")
    for event in events:
        for required in ("UID", "DTSTART"):
            if required not in event:
                sys.exit("event without " + required)
        start = event.decoded("DTSTART")
        # a part with only a start (a reception "at 20:00") has no DTEND: RFC 5545 reads it as a moment
        end = event.decoded("DTEND") if "DTEND" in event else start
        if not isinstance(start, datetime) or start.tzinfo is None:
            sys.exit("DTSTART is not a time with a zone")
        tzid = event["DTSTART"].params.get("TZID", "")
        print("EVENT", " ".join([
            "uid=" + str(event["UID"]),
            "sequence=" + str(event.get("SEQUENCE", 0)),
            "start=" + start.astimezone(ATHENS).isoformat(),
            "end=" + end.astimezone(ATHENS).isoformat(),
            "tz=" + str(tzid),
            "status=" + str(event.get("STATUS", "")),
            "organizer=" + str(event.get("ORGANIZER", "")),
            "attendees=" + str(len(event.get("ATTENDEE", []) if isinstance(event.get("ATTENDEE"), list)
                                   else ([event["ATTENDEE"]] if "ATTENDEE" in event else []))),
            "url=" + str(event.get("URL", "")),
        ]))
        print("SUMMARY", str(event.get("SUMMARY", "")))
        print("LOCATION", str(event.get("LOCATION", "")))
        print("DESCRIPTION", str(event.get("DESCRIPTION", "")).replace("\n", " "))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: scripts/ics-check.py FILE.ics")
    main(sys.argv[1])
