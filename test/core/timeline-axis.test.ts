/**
 * The time axis of the actor pages' mention charts (src/site/timeline-axis.ts):
 * distance on the chart is distance in time, and labels read as dates.
 */
import { describe, expect, test } from 'vitest';
import { MAX_MONTHS, timelineAxis } from '../../src/site/timeline-axis.ts';

const months = (...rows: [string, number][]) => rows.map(([month, mentions]) => ({ month, mentions }));

describe('a span of months', () => {
  test('months without mentions are empty slots between the others', () => {
    const axis = timelineAxis(months(['2025-03', 4], ['2024-12', 2]));
    expect(axis.unit).toBe('month');
    expect(axis.slots.map(({ key, mentions }) => `${key}:${mentions}`)).toEqual([
      '2024-12:2',
      '2025-01:0',
      '2025-02:0',
      '2025-03:4',
    ]);
  });

  test('slots name their month, and the year under the first slot and every January', () => {
    const axis = timelineAxis(months(['2024-11', 1], ['2025-02', 1]));
    expect(axis.slots.map(({ month, year }) => `${month}|${year}`)).toEqual(['Nov|2024', 'Dec|', 'Jan|2025', 'Feb|']);
  });

  test('one month alone is one slot, with its month and year', () => {
    expect(timelineAxis(months(['2024-12', 7])).slots).toEqual([
      { key: '2024-12', mentions: 7, month: 'Dec', year: '2024' },
    ]);
  });

  test(`${MAX_MONTHS} months stay months; too narrow for month names, only the years are written, never two side by side`, () => {
    const axis = timelineAxis(months(['2022-12', 1], [`2025-11`, 1]));
    expect([axis.unit, axis.slots.length]).toEqual(['month', MAX_MONTHS]);
    expect(axis.slots.every(({ month }) => month === '')).toBe(true);
    // December 2022 is too close to January 2023 for both labels: the January one is kept.
    expect(axis.slots.filter(({ year }) => year !== '').map(({ key, year }) => `${key}:${year}`)).toEqual([
      '2023-01:2023',
      '2024-01:2024',
      '2025-01:2025',
    ]);
  });
});

describe('a long span', () => {
  // Iran's mentions today: four months years apart, which side by side read as 06/02, 11/06, 17/07, 24/12.
  const iran = months(['2006-02', 3], ['2011-06', 1], ['2017-07', 2], ['2024-12', 9], ['2024-11', 1]);

  test('is counted per year, every year a slot, empty years included', () => {
    const axis = timelineAxis(iran);
    expect(axis.unit).toBe('year');
    expect(axis.slots.map(({ key }) => key)).toEqual(Array.from({ length: 19 }, (_, offset) => String(2006 + offset)));
    expect(axis.slots.filter(({ mentions }) => mentions > 0).map(({ key, mentions }) => `${key}:${mentions}`)).toEqual([
      '2006:3',
      '2011:1',
      '2017:2',
      '2024:10',
    ]);
  });

  test('labels are whole years, the first always, then round years with room between them', () => {
    const axis = timelineAxis(iran);
    const labels = axis.slots.filter(({ year }) => year !== '').map(({ year }) => year);
    expect(labels).toEqual(['2006', '2010', '2015', '2020']);
    const positions = axis.slots.flatMap(({ year }, index) => (year ? [index * axis.slotWidth] : []));
    expect(positions.slice(1).every((x, index) => x - (positions[index] ?? 0) >= 40)).toBe(true);
  });

  test('a century of mentions labels every tenth year and stays within 400 units', () => {
    const axis = timelineAxis(months(['1925-01', 1], ['2024-12', 1]));
    expect(axis.slots).toHaveLength(100);
    expect(axis.slots.length * axis.slotWidth).toBeLessThanOrEqual(400);
    const labels = axis.slots.filter(({ year }) => year !== '').map(({ year }) => Number(year));
    expect(labels[0]).toBe(1925);
    expect(labels.slice(1).every((year) => year % 10 === 0)).toBe(true);
  });
});

test('no mentions, no slots', () => {
  expect(timelineAxis([]).slots).toEqual([]);
});
