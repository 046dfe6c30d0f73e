export { EDGE_URL, edge, signUp, type EdgeRequest, type EdgeResponse } from './edge.ts';
