export { measureRobustness, ROBUSTNESS_TARGET, type RobustnessReport } from './measureRobustness';
