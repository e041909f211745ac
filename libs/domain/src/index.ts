// Errors
export { DomainError } from './errors/domain-error';
export { DomainErrorCode } from './errors/domain-error-code';
export { UnknownFiscalYearError } from './errors/unknown-fiscal-year.error';
export { UnknownIndicatorError } from './errors/unknown-indicator.error';
export { UnknownToolError } from './errors/unknown-tool.error';

// Frameworks: model
export type { AssessmentFramework } from './frameworks/model/assessment-framework';
export type { Confidence } from './frameworks/model/confidence';
export type { FrameworkConfidence } from './frameworks/model/framework-confidence';
export type { IndicatorDefinition } from './frameworks/model/indicator-definition';
export type { ItemCodes } from './frameworks/model/item-codes';
export type { LevelCode } from './frameworks/model/level-code';
export type { LevelDefinition } from './frameworks/model/level-definition';
export type { LevelGroupCode } from './frameworks/model/level-group-code';
export type { LevelGroupDefinition } from './frameworks/model/level-group-definition';
export type { LevelRubric } from './frameworks/model/level-rubric';
export type { RubricId } from './frameworks/model/rubric-id';
export type { ToolCode } from './frameworks/model/tool-code';
export { TOOL_CODES } from './frameworks/model/tool-codes';
export type { ToolDefinition } from './frameworks/model/tool-definition';
export type { ToolPartDefinition } from './frameworks/model/tool-part-definition';
export type { ToolScoring } from './frameworks/model/tool-scoring';

// Frameworks: data and look-ups
export { PASS_LEVELS } from './frameworks/rubrics/pass-levels';
export { RATING_AA_F } from './frameworks/rubrics/rating-aa-f';
export { findFramework } from './frameworks/find-framework';
export { findIndicatorOfItemCode } from './frameworks/find-indicator-of-item-code';
export { getFramework } from './frameworks/get-framework';
export { getIndicator } from './frameworks/get-indicator';
export { getTool } from './frameworks/get-tool';
export { INDICATOR_NUMBERS } from './frameworks/indicator-numbers';
export { listFrameworks } from './frameworks/list-frameworks';
export { SUPPORTED_FISCAL_YEARS } from './frameworks/supported-fiscal-years';
export { toolOfIndicator } from './frameworks/tool-of-indicator';
export { validateFramework } from './frameworks/validate-framework';

// Scoring
export { assessResult } from './scoring/assess-result';
export type { AssessedField } from './scoring/assessed-field';
export type { Assessment } from './scoring/assessment';
export type { DerivationMethod } from './scoring/derivation-method';
export { deriveToolScore } from './scoring/derive-tool-score';
export { deriveToolScores } from './scoring/derive-tool-scores';
export { deriveTotal } from './scoring/derive-total';
export type { DerivedToolScore } from './scoring/derived-tool-score';
export { determineLevel } from './scoring/determine-level';
export type { EffectiveLevel } from './scoring/effective-level';
export type { Finding } from './scoring/finding';
export type { FindingCode } from './scoring/finding-code';
export type { IndicatorScores } from './scoring/indicator-scores';
export { isLevelConsistent } from './scoring/is-level-consistent';
export { isWithinTolerance } from './scoring/is-within-tolerance';
export type { PartScores } from './scoring/part-scores';
export { possibleLevels } from './scoring/possible-levels';
export type { PublishedResult } from './scoring/published-result';
export { round2 } from './scoring/round2';
export { SCORE_TOLERANCE } from './scoring/score-tolerance';
export { toolPointsFromScore } from './scoring/tool-points-from-score';
export { toolScoreFromPoints } from './scoring/tool-score-from-points';
export type { ToolScores } from './scoring/tool-scores';
export type { ToolValues } from './scoring/tool-values';
export type { ValueSource } from './scoring/value-source';

// Parsing
export { findFiscalYearInText } from './parsing/find-fiscal-year-in-text';
export { FISCAL_YEAR_BOUNDS } from './parsing/fiscal-year-bounds';
export { foldThaiVariants } from './parsing/fold-thai-variants';
export { memoByText } from './parsing/memo-by-text';
export { MISSING_VALUE_TOKENS } from './parsing/missing-value-tokens';
export { normaliseHeader } from './parsing/normalise-header';
export { normaliseNameForMatch } from './parsing/normalise-name-for-match';
export { normaliseText } from './parsing/normalise-text';
export { parseFiscalYear } from './parsing/parse-fiscal-year';
export type { ParseFiscalYearResult } from './parsing/parse-fiscal-year-result';
export { parseLevel } from './parsing/parse-level';
export { parseScore } from './parsing/parse-score';
export type { ParseScoreResult } from './parsing/parse-score-result';
export { splitOrganisationName } from './parsing/split-organisation-name';
export type { SplitOrganisationNameResult } from './parsing/split-organisation-name-result';
export { thaiDigitsToArabic } from './parsing/thai-digits-to-arabic';
export { toBuddhistEraYear } from './parsing/to-buddhist-era-year';

// Organisation types
export { getOrgTypeDefinition } from './org-types/get-org-type-definition';
export { OrgType } from './org-types/org-type';
export type { OrgTypeDefinition } from './org-types/org-type-definition';
export { ORG_TYPE_DEFINITIONS } from './org-types/org-type-definitions';
export type { OrgTypeRegistryCode } from './org-types/org-type-registry-code';
export { orgTypeFromRegistryCode } from './org-types/org-type-from-registry-code';
export { parseOrgType } from './org-types/parse-org-type';
