/**
 * The time axis of an actor's mention chart: one slot per month from the
 * first mention to the last, months without mentions left as empty slots,
 * so distance on the chart is distance in time; a span longer than
 * `MAX_MONTHS` is counted per year instead, every year a slot. Labels say
 * years (and months where slots are months), never a bare `06/02`.
 */

/** A span of more months than this is drawn per year. */
export const MAX_MONTHS = 36;

/** The chart fits this many units (a phone column at about full scale, so labels stay legible there); slots are at least `min` wide. */
const TARGET_WIDTH = 360;
/** A short span's slots are wide enough (`max`) for two years centred under neighbouring months to stay apart. */
const SLOT_LIMITS = { min: 4, max: 40 };
/** The fewest units between the starts of two year labels. */
const LABEL_SPACING = 40;

export interface TimelineSlot {
  /** `YYYY-MM` or `YYYY`. */
  key: string;
  mentions: number;
  /** The month's abbreviation under a month's slot (`Dec`), where slots are wide enough; else empty. */
  month: string;
  /** The year under its first slot, and under later slots where a label fits. */
  year: string;
}

export interface TimelineAxis {
  unit: 'month' | 'year';
  slots: TimelineSlot[];
  /** Width of one slot in the chart's units. */
  slotWidth: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

const monthKey = (index: number) => `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;

/** The axis for mentions per `YYYY-MM` month (any order, months without mentions left out). */
export function timelineAxis(timeline: readonly { month: string; mentions: number }[]): TimelineAxis {
  if (timeline.length === 0) return { unit: 'month', slots: [], slotWidth: SLOT_LIMITS.max };
  const indexes = timeline.map(({ month }) => monthIndex(month));
  const [first, last] = [Math.min(...indexes), Math.max(...indexes)];
  const byMonth = new Map(timeline.map(({ month, mentions }) => [monthIndex(month), mentions]));

  if (last - first + 1 <= MAX_MONTHS) {
    const count = last - first + 1;
    const slotWidth = widthFor(count);
    // A month's name fits under a slot about as wide as three letters.
    const named = slotWidth >= 24;
    // The first slot names its year unless a January follows too closely for two labels.
    const firstJanuary = (12 - (first % 12)) % 12;
    const firstNamed = named || firstJanuary === 0 || firstJanuary * slotWidth >= LABEL_SPACING;
    const slots = Array.from({ length: count }, (_, offset): TimelineSlot => {
      const index = first + offset;
      const key = monthKey(index);
      return {
        key,
        mentions: byMonth.get(index) ?? 0,
        month: named ? (MONTHS[index % 12] ?? '') : '',
        year: (offset === 0 && firstNamed) || index % 12 === 0 ? key.slice(0, 4) : '',
      };
    });
    return { unit: 'month', slots, slotWidth };
  }

  const firstYear = Math.floor(first / 12);
  const count = Math.floor(last / 12) - firstYear + 1;
  const byYear = new Map<number, number>();
  for (const [index, mentions] of byMonth) {
    const year = Math.floor(index / 12);
    byYear.set(year, (byYear.get(year) ?? 0) + mentions);
  }
  const slotWidth = widthFor(count);
  const step = labelStep(slotWidth);
  const slots = Array.from({ length: count }, (_, offset): TimelineSlot => {
    const year = firstYear + offset;
    // The first year is always named; later ones on round years, far enough from the first to fit.
    const labelled = offset === 0 || (year % step === 0 && offset * slotWidth >= LABEL_SPACING);
    return { key: String(year), mentions: byYear.get(year) ?? 0, month: '', year: labelled ? String(year) : '' };
  });
  return { unit: 'year', slots, slotWidth };
}

function widthFor(count: number): number {
  return Math.max(SLOT_LIMITS.min, Math.min(SLOT_LIMITS.max, Math.floor(TARGET_WIDTH / count)));
}

/** Label every year, or every 2nd, 5th, 10th… so that labels never run into each other. */
function labelStep(slotWidth: number): number {
  for (const step of [1, 2, 5, 10, 20, 50]) if (step * slotWidth >= LABEL_SPACING) return step;
  return 100;
}
