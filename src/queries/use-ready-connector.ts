// The connector for query hooks: null until the database is 'ready' (queries stay disabled). Decided in the
// database's context (session/database-context.tsx), which hands it on as a deferred value.

export {
  useReadyConnector,
  useReadyConnectorNow,
  type ReadyConnector,
} from '../session/database-context.tsx';
