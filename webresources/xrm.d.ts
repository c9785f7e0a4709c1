// The form scripts run where the platform defines the global Xrm; the project's tsconfig lists
// only the types the controls need, so the Client API types come in here.
/// <reference types="xrm" />
