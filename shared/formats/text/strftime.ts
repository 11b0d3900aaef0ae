import { DAY_NAMES, MONTH_NAMES } from '../../time/names';

/** A wall-clock date and time, as `time.struct_time` holds it. */
export interface WallTime {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2, fill = '0'): string => String(n).padStart(width, fill);

function weekday(t: WallTime): number {
  return new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay();
}

function dayOfYear(t: WallTime): number {
  return (Date.UTC(t.year, t.month - 1, t.day) - Date.UTC(t.year, 0, 1)) / 86_400_000 + 1;
}

function field(code: string, t: WallTime): string | null {
  switch (code) {
    case 'Y':
      return String(t.year);
    case 'y':
      return pad(t.year % 100);
    case 'C':
      return pad(Math.floor(t.year / 100));
    case 'm':
      return pad(t.month);
    case 'd':
      return pad(t.day);
    case 'e':
      return pad(t.day, 2, ' ');
    case 'H':
      return pad(t.hour);
    case 'I':
      return pad(((t.hour + 11) % 12) + 1);
    case 'M':
      return pad(t.minute);
    case 'S':
      return pad(t.second);
    case 'p':
      return t.hour < 12 ? 'AM' : 'PM';
    case 'j':
      return pad(dayOfYear(t), 3);
    case 'a':
      return DAY_NAMES[weekday(t)]!.slice(0, 3);
    case 'A':
      return DAY_NAMES[weekday(t)]!;
    case 'b':
    case 'h':
      return MONTH_NAMES[t.month - 1]!.slice(0, 3);
    case 'B':
      return MONTH_NAMES[t.month - 1]!;
    case 'u':
      return String(weekday(t) || 7);
    case 'w':
      return String(weekday(t));
    case 'F':
      return `${t.year}-${pad(t.month)}-${pad(t.day)}`;
    case 'T':
      return `${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
    case 'R':
      return `${pad(t.hour)}:${pad(t.minute)}`;
    case 'D':
      return `${pad(t.month)}/${pad(t.day)}/${pad(t.year % 100)}`;
    case '%':
      return '%';
    default:
      return null;
  }
}

/**
 * C `strftime` in the C locale for the conversions MeetBot's file-name patterns use
 * (`%Y %m %d %H %M %S %F %T %y %j %a %b`, and the other common ones). An unknown conversion is
 * copied as written, as glibc does.
 */
export function strftime(format: string, t: WallTime): string {
  return format.replace(/%(.?)/g, (whole, code: string) => field(code, t) ?? whole);
}
