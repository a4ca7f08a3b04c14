import { describe, expect, test } from 'vitest';
import { drillTarget } from '../../../src/lib/areas/drill-target.ts';
import { drillUnit } from '../../../src/lib/areas/drill-unit.ts';
import { drillYear } from '../../../src/lib/areas/drill-year.ts';

describe('drill-down from a clicked datum', () => {
  test('drillUnit gives the datum unit, not the jurisdiction, and null without a unit', () => {
    expect(drillUnit({ unit: '苏州工业园区司法局', year: 2019 })).toBe('苏州工业园区司法局');
    expect(drillUnit({ unit: '*' })).toBeNull();
    expect(drillUnit({ unit: '' })).toBeNull();
    expect(drillUnit({ year: 2019 })).toBeNull();
    expect(drillUnit({ unit: 3 })).toBeNull();
  });

  test('drillYear gives the datum year only when it is a year with data', () => {
    expect(drillYear({ year: 2018, value: 0.3 }, [2018, 2019])).toBe(2018);
    expect(drillYear({ year: 2021 }, [2018, 2019])).toBeNull();
    expect(drillYear({ year: '2018' }, [2018, 2019])).toBeNull();
  });

  test('drillTarget follows the chart: unit charts open departments, trends set the year, others nothing', () => {
    expect(drillTarget('unit', { unit: '劳保局', year: 2019 }, [2019])).toEqual({ department: '劳保局' });
    expect(drillTarget('unit', { unit: '*', year: 2019 }, [2019])).toBeNull();
    expect(drillTarget('year', { unit: '劳保局', year: 2019 }, [2019])).toEqual({ year: 2019 });
    expect(drillTarget(null, { unit: '劳保局', year: 2019 }, [2019])).toBeNull();
  });
});
