/** The performance mark the page leaves once its service worker is registered (the browser tests wait for it). */
export const SERVICE_WORKER_REGISTERED_MARK = 'papi:service-worker-registered';
