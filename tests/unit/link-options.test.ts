import { describe, expect, it } from 'vitest';
import type { PlanTree } from '../../src-main/contract';
import { linkOptions } from '../../src-renderer/features/links/link-options';

const tree = {
  aspirations: [
    {
      id: 'a1',
      title: 'Open a café',
      goals: [
        { id: 'g1', title: 'Write the business plan' },
        { id: 'g2', title: 'Find a location' },
      ],
    },
    { id: 'a2', title: 'Teach design', goals: [{ id: 'g3', title: 'Run a weekend class' }] },
  ],
} as unknown as PlanTree;

const names = (options: ReturnType<typeof linkOptions>) =>
  options.map((option) => `${option.targetKind}:${option.title}`);

describe('what an entry can be linked to', () => {
  it('lists aspirations with their goals, narrowed by every typed word, accents ignored', () => {
    expect(names(linkOptions(tree, '', []))).toHaveLength(5);
    expect(names(linkOptions(tree, 'cafe', []))).toEqual([
      'aspiration:Open a café',
      'goal:Write the business plan',
      'goal:Find a location',
    ]);
    expect(names(linkOptions(tree, 'CAFE loc', []))).toEqual(['goal:Find a location']);
    expect(names(linkOptions(tree, 'weekend', []))).toEqual(['goal:Run a weekend class']);
  });

  it('leaves out what the entry is already linked to', () => {
    const linked = [
      { targetKind: 'aspiration' as const, targetId: 'a2' },
      { targetKind: 'goal' as const, targetId: 'g1' },
    ];
    expect(names(linkOptions(tree, '', linked))).toEqual([
      'aspiration:Open a café',
      'goal:Find a location',
      'goal:Run a weekend class',
    ]);
  });
});
