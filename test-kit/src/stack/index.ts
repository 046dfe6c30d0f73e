export { PASSED_THROUGH, passedThrough } from './service-env.ts';
export { startStack, type Stack, type StackOptions } from './stack.ts';
export { startThrowawayStack, type ThrowawayStack } from './throwaway.ts';
export { APP_SERVICES, INFRA_SERVICES, NGINX_PORT, type ServiceSpec } from './topology.ts';
