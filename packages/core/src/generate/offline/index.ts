export { OfflineSqlGenerator, type OfflineUnderstanding } from './OfflineSqlGenerator';
export { compileRequest, type CompiledQuery } from './compile/compileRequest';
export { describeRequest } from './compile/describeRequest';
export type { Cond, Node, Request, Shape, EntityKind, Relation } from './ir/Request';
