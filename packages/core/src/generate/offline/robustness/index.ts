export { measureRobustness, ROBUSTNESS_TARGET, type RobustnessReport } from './measureRobustness';
export { measureTypedQuestions, type TypedOutcome } from './typedQuestions';
