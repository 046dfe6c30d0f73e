export { sessionCookie, signUpWith, uniqueUsername, type SignedUpUser } from './accounts.ts';
export { httpClient, type HttpClient, type Send, type TestRequest, type TestResponse } from './http-client.ts';
