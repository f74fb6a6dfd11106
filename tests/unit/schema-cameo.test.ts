// The one CAMEO table (schema/cameo/): the codebook as published and its display labels.
import { describe, expect, it } from 'vitest';
import { CAMEO_CODEBOOK } from '../../schema/cameo/codebook.ts';
import { cameoLabel, isKnownCameoCode, tidyLabel } from '../../schema/cameo/labels.ts';

describe('CAMEO codebook', () => {
  it('holds the 20 roots, 149 base codes and 147 sub-codes of CAMEO 0.7b5', () => {
    const codes = Object.keys(CAMEO_CODEBOOK);
    expect(codes.filter((c) => c.length === 2)).toHaveLength(20);
    expect(codes.filter((c) => c.length === 3)).toHaveLength(149);
    expect(codes.filter((c) => c.length === 4)).toHaveLength(147);
  });

  it('labels a code by itself, else by its base, else by its root', () => {
    expect(cameoLabel('042')).toBe('Make a visit');
    expect(cameoLabel('0429')).toBe('Make a visit');
    expect(cameoLabel('04')).toBe('Consult');
    expect(cameoLabel('0999')).toBe('Investigate');
    expect(cameoLabel(null)).toBeNull();
    expect(cameoLabel('99')).toBeNull();
  });

  it('tidies the codebook wording for display', () => {
    expect(tidyLabel('Make statement- not specified below')).toBe('Make statement');
    expect(tidyLabel('ENGAGE IN MATERIAL COOPERATION')).toBe('Engage in material cooperation');
    expect(tidyLabel('Return, release- not specified below')).toBe('Return, release');
  });

  it('knows exactly the codes the codebook lists', () => {
    expect(isKnownCameoCode('057')).toBe(true);
    expect(isKnownCameoCode('0571')).toBe(false);
  });
});
