/**
 * Who uses the UI and what they may do. On a team server everyone logs in and has a role; the
 * embedded single-user server on loopback has no login, and its one user may do everything.
 * The server enforces the roles; the UI only hides what a role cannot do.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Me } from './api.js';

export interface Session extends Me {
  /** Ends the session (the login page follows where login is required). */
  logout: () => void;
}

export const SessionContext = createContext<Session>({ user: null, loginRequired: false, logout: () => undefined });

export const useSession = (): Session => useContext(SessionContext);

/** Reviews, ingests, edits sources and pins: analysts and admins, or anyone on a server without login. */
export const canWrite = (s: Me): boolean => (s.user ? s.user.role !== 'viewer' : !s.loginRequired);

/** Manages users and crisis access, reads the audit log. */
export const isAdmin = (s: Me): boolean => (s.user ? s.user.role === 'admin' : !s.loginRequired);

/**
 * Whether someone logged in (a team server). A login-free server names its one user too (the
 * operating-system user, as admin), but records each write under the name typed in the page.
 */
export const loggedIn = (s: Me): boolean => s.loginRequired && s.user !== null;

/** The name a write is recorded under: the logged-in user's (the server takes it from the session anyway), else the name typed here. */
export const writerName = (s: Me, typed: string): string => (loggedIn(s) ? s.user!.name : typed.trim());
