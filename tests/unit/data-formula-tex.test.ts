import { describe, expect, it } from 'vitest';
import { formulaToTex } from '../../src/lib/data/formula-tex';

describe('formulaToTex', () => {
  it('turns Unicode subscripts into TeX subscripts', () => {
    expect(formulaToTex('LiTi₂(PO₄)₃')).toBe('\\mathrm{LiTi_2(PO_4)_3}');
    expect(formulaToTex('Li₁.₃Al₀.₃Ti₁.₇')).toBe('\\mathrm{Li_{1.3}Al_{0.3}Ti_{1.7}}');
    expect(formulaToTex('Li₁₀GeP₂S₁₂')).toBe('\\mathrm{Li_{10}GeP_2S_{12}}');
    expect(formulaToTex('50Li₂S–50GeS₂')).toBe('\\mathrm{50Li_2S{-}50GeS_2}');
    expect(formulaToTex('5LiCF₃SO₃–95[PEO₁₋ₓLATPₓ]')).toBe('\\mathrm{5LiCF_3SO_3{-}95[PEO_{1-x}LATP_x]}');
    expect(formulaToTex('Li⁺')).toBe('\\mathrm{Li^+}');
  });
});
