import { describe, expect, it } from 'vitest';
import { createGoalInput, createAspirationInput } from '../../src-main/contract/plan';
import { smartReport } from '../../src-main/shared/plan/smart';
import { goalWarnings } from '../../src-main/shared/plan/warnings';
import { instantiateTemplate, TEMPLATES } from '../../src-main/plan/templates';
import { inTimeZone, ZONES } from './timezones';

describe('industry templates', () => {
  it('cover at least sales, legal, finance, marketing and advertising', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(
      expect.arrayContaining(['sales', 'legal', 'finance', 'marketing', 'advertising']),
    );
    expect(new Set(TEMPLATES.map((t) => t.id)).size).toBe(TEMPLATES.length);
  });

  describe.each(TEMPLATES.map((t) => [t.industry, t] as const))('%s', (_industry, template) => {
    const today = '2026-01-31';
    const plan = instantiateTemplate(template, today);

    it('is an aspiration the contract accepts, with a horizon in the future', () => {
      expect(createAspirationInput.safeParse(plan.aspiration).success).toBe(true);
      expect(plan.aspiration.horizonDate > today).toBe(true);
    });

    it('has four or more measurable, dated goals the contract accepts, fully SMART', () => {
      expect(plan.goals.length).toBeGreaterThanOrEqual(4);
      for (const { steps: _steps, ...goal } of plan.goals) {
        const parsed = createGoalInput.safeParse({ ...goal, aspirationId: 'a' });
        expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
        expect(goal.metricTarget).toBeGreaterThan(0);
        expect(smartReport(goal).letters.filter((l) => !l.complete)).toEqual([]);
      }
    });

    it('is dated so that nothing in it raises a warning', () => {
      const aspiration = {
        id: 'a',
        title: plan.aspiration.title,
        horizonDate: plan.aspiration.horizonDate,
        status: 'active' as const,
      };
      for (const [index, goal] of plan.goals.entries()) {
        const steps = goal.steps.map((step, i) => ({ id: `s${i}`, done: false, ...step }));
        expect(
          goalWarnings(aspiration, { id: `g${index}`, status: 'planned', ...goal, steps }, today),
        ).toEqual([]);
        expect(goal.startDate >= today).toBe(true);
      }
    });

    it('is written in full sentences, without leftovers', () => {
      const words = JSON.stringify(template);
      expect(words).not.toMatch(/TODO|lorem|\{\{/i);
      expect(template.statement.join(' ').length).toBeGreaterThan(80);
    });
  });

  it('is dated relative to the day it is used, the same in every time zone', () => {
    const dated = ZONES.map((zone) =>
      inTimeZone(zone, () => JSON.stringify(instantiateTemplate(TEMPLATES[0]!, '2026-03-29'))),
    );
    expect(new Set(dated).size).toBe(1);
    const later = instantiateTemplate(TEMPLATES[0]!, '2027-03-29');
    expect(later.aspiration.horizonDate).toBe('2030-03-29');
  });
});
