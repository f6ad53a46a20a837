export { OfflineSqlGenerator } from './OfflineSqlGenerator';
export type { OfflineUnderstanding } from './understanding';
export { validateRequest, type RequestProblem } from './validate/validateRequest';
export { compileRequest, type CompiledQuery } from './compile/compileRequest';
export { describeRequest } from './compile/describeRequest';
export type { Cond, Node, Request, Shape, EntityKind, Relation } from './ir/Request';
