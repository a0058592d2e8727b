/**
 * The API's types, generated from the server's OpenAPI document by `npm run api:types`
 * (scripts/api-types.ts). Do not edit: change the route or schema on the server and regenerate.
 */

export interface paths {
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The process is up
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Up */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The database is reachable and every migration is applied
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Ready */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                            /** @enum {string} */
                            database: "embedded" | "postgres";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not ready */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/methods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How one may sign in: password, single sign-on, or both
         * @description Access: public.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The sign-in methods */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /**
                             * @description break-glass: SSO only; the password form is for the one break-glass admin
                             * @enum {string}
                             */
                            password: "on" | "break-glass";
                            /** @description null when single sign-on is not configured */
                            sso: {
                                /** @description The provider, as the button says: "Sign in with <name>" */
                                name: string;
                                /** @description Open in the browser (not fetch) to start the sign-in */
                                startUrl: string;
                            } | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Start single sign-on (open in the browser)
         * @description Redirects to the OpenID Connect provider (authorization code flow with PKCE); state, nonce and the PKCE verifier travel in a signed, HttpOnly cookie that lives ten minutes.
         *
         *     Access: public.
         */
        get: {
            parameters: {
                query?: {
                    /** @description A path of this site to open after signing in */
                    next?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description To the provider, or to /sign-in?sso_error=<code> when single sign-on cannot start */
                302: {
                    headers: {
                        /** @description Where the browser goes next */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where the OpenID Connect provider sends the browser back
         * @description Register this address at the provider as the redirect URI. Signs in with the normal session cookie and redirects into the app, or to /sign-in?sso_error=<code>.
         *
         *     Access: public.
         */
        get: {
            parameters: {
                query?: {
                    code?: string;
                    state?: string;
                    iss?: string;
                    error?: string;
                    error_description?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Into the app when signed in, else to the sign-in page with the reason */
                302: {
                    headers: {
                        /** @description Where the browser goes next */
                        Location: string;
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-in": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with email and password
         * @description Sets an httpOnly session cookie. Repeated failures for one email are slowed down (429 with Retry-After).
         *
         *     Access: public.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Signed in */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /**
                                 * @description admin, tmm, requester or viewer
                                 * @enum {string}
                                 */
                                role: "admin" | "tmm" | "requester" | "viewer";
                                /** @description Deactivated users cannot sign in or use tokens */
                                active: boolean;
                                /** @description The requesting team the person files requests for */
                                teamId: string | null;
                                lastSignInAt: string | null;
                                createdAt: string;
                            };
                            /** @description Send as X-CSRF-Token on every cookie-authenticated write */
                            csrfToken: string;
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sign-out": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign out of this browser session
         * @description Access: signed-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Signed out */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Who is signed in, and the CSRF token for writes
         * @description Access: signed-in.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The current session */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /**
                                 * @description admin, tmm, requester or viewer
                                 * @enum {string}
                                 */
                                role: "admin" | "tmm" | "requester" | "viewer";
                                /** @description Deactivated users cannot sign in or use tokens */
                                active: boolean;
                                /** @description The requesting team the person files requests for */
                                teamId: string | null;
                                lastSignInAt: string | null;
                                createdAt: string;
                            };
                            /** @description Send as X-CSRF-Token on every cookie-authenticated write */
                            csrfToken: string;
                            /** @enum {string} */
                            via: "session" | "token";
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change your display name
         * @description Access: admin, tmm, requester, viewer.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /**
                             * @description admin, tmm, requester or viewer
                             * @enum {string}
                             */
                            role: "admin" | "tmm" | "requester" | "viewer";
                            /** @description Deactivated users cannot sign in or use tokens */
                            active: boolean;
                            /** @description The requesting team the person files requests for */
                            teamId: string | null;
                            lastSignInAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your password
         * @description Signs out every other session of the account.
         *
         *     Access: admin, tmm, requester, viewer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Changed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your personal API tokens
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tokens (secrets are never shown again) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            tokens: {
                                id: string;
                                name: string;
                                /** @description First characters of the token, to tell tokens apart */
                                prefix: string;
                                createdAt: string;
                                lastUsedAt: string | null;
                                expiresAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a personal API token
         * @description The token acts with your role. The secret is returned once and stored only as a hash.
         *
         *     Access: admin, tmm, requester, viewer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description Leave out for a token that does not expire */
                        expiresInDays?: number;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The secret; shown once, send as "Authorization: Bearer <token>" */
                            token: string;
                            apiToken: {
                                id: string;
                                name: string;
                                /** @description First characters of the token, to tell tokens apart */
                                prefix: string;
                                createdAt: string;
                                lastUsedAt: string | null;
                                expiresAt: string | null;
                            };
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a personal API token
         * @description Access: admin, tmm, requester, viewer.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Revoked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List accounts
         * @description Access: admin, tmm.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every account, active first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                id: string;
                                email: string;
                                name: string;
                                /**
                                 * @description admin, tmm, requester or viewer
                                 * @enum {string}
                                 */
                                role: "admin" | "tmm" | "requester" | "viewer";
                                /** @description Deactivated users cannot sign in or use tokens */
                                active: boolean;
                                /** @description The requesting team the person files requests for */
                                teamId: string | null;
                                lastSignInAt: string | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an account
         * @description Without a password a temporary one is generated and returned once, to hand to the person.
         *
         *     Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        name: string;
                        /**
                         * @description admin, tmm, requester or viewer
                         * @enum {string}
                         */
                        role: "admin" | "tmm" | "requester" | "viewer";
                        /** @description Leave out to generate a temporary password, returned once */
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                id: string;
                                email: string;
                                name: string;
                                /**
                                 * @description admin, tmm, requester or viewer
                                 * @enum {string}
                                 */
                                role: "admin" | "tmm" | "requester" | "viewer";
                                /** @description Deactivated users cannot sign in or use tokens */
                                active: boolean;
                                /** @description The requesting team the person files requests for */
                                teamId: string | null;
                                lastSignInAt: string | null;
                                createdAt: string;
                            };
                            /** @description Only when no password was given; shown once */
                            temporaryPassword?: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, change role, deactivate or reactivate an account
         * @description Deactivation signs the person out everywhere and stops their API tokens. The last active admin cannot be demoted or deactivated.
         *
         *     Access: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /**
                         * Format: uuid
                         * @description Requesting team
                         */
                        teamId?: string | null;
                        /**
                         * @description admin, tmm, requester or viewer
                         * @enum {string}
                         */
                        role?: "admin" | "tmm" | "requester" | "viewer";
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            email: string;
                            name: string;
                            /**
                             * @description admin, tmm, requester or viewer
                             * @enum {string}
                             */
                            role: "admin" | "tmm" | "requester" | "viewer";
                            /** @description Deactivated users cannot sign in or use tokens */
                            active: boolean;
                            /** @description The requesting team the person files requests for */
                            teamId: string | null;
                            lastSignInAt: string | null;
                            createdAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/workspace": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Workspace name and settings
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The workspace */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            settings: {
                                /** @description Points per quarter given to a new requesting team */
                                defaultTeamBudget: number;
                                /** @description Business days within which a new request is reviewed */
                                reviewSlaBusinessDays: number;
                                /** @description Days after publishing until a library item expires */
                                assetExpiryDays: number;
                                /** @description Days that count for the review clock (0 = Sunday) */
                                workdays: number[];
                                /** @description Budget points a request costs */
                                requestPricing: {
                                    newContent: number;
                                    reuse: number;
                                    eventNew: number;
                                    eventReuse: number;
                                };
                                /** @description Significance score (0–100) at which a release raises a freshness flag on a demo; below it the match is kept quiet */
                                freshnessThreshold: number;
                                /** @description Longest spoken length of a short-form demo video, in seconds */
                                shortFormSeconds: number;
                            };
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename the workspace or change its settings
         * @description Access: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        settings?: {
                            defaultTeamBudget?: number;
                            reviewSlaBusinessDays?: number;
                            assetExpiryDays?: number;
                            workdays?: number[];
                            requestPricing?: {
                                newContent: number;
                                reuse: number;
                                eventNew: number;
                                eventReuse: number;
                            };
                            freshnessThreshold?: number;
                            shortFormSeconds?: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            settings: {
                                /** @description Points per quarter given to a new requesting team */
                                defaultTeamBudget: number;
                                /** @description Business days within which a new request is reviewed */
                                reviewSlaBusinessDays: number;
                                /** @description Days after publishing until a library item expires */
                                assetExpiryDays: number;
                                /** @description Days that count for the review clock (0 = Sunday) */
                                workdays: number[];
                                /** @description Budget points a request costs */
                                requestPricing: {
                                    newContent: number;
                                    reuse: number;
                                    eventNew: number;
                                    eventReuse: number;
                                };
                                /** @description Significance score (0–100) at which a release raises a freshness flag on a demo; below it the match is kept quiet */
                                freshnessThreshold: number;
                                /** @description Longest spoken length of a short-form demo video, in seconds */
                                shortFormSeconds: number;
                            };
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Taxonomy terms: solutions, use cases, personas, formats, deliverable types…
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: {
                    kind?: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Terms in display order (rank order for deliverable types) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            terms: {
                                id: string;
                                /** @enum {string} */
                                kind: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                                name: string;
                                description: string;
                                /** @description For use cases: the solution they belong to */
                                parentId: string | null;
                                /** @description Stable key of a built-in term that rules refer to (survives renames) */
                                key: string | null;
                                /** @description Order in lists; for deliverable types, the priority rank (0 is highest) */
                                position: number;
                                archived: boolean;
                                /** @description For deliverable types: the content formats it produces */
                                formatIds: string[];
                                /** @description How many records refer to this term */
                                usage: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a taxonomy term
         * @description Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                        name: string;
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        parentId?: string | null;
                        formatIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                            name: string;
                            description: string;
                            /** @description For use cases: the solution they belong to */
                            parentId: string | null;
                            /** @description Stable key of a built-in term that rules refer to (survives renames) */
                            key: string | null;
                            /** @description Order in lists; for deliverable types, the priority rank (0 is highest) */
                            position: number;
                            archived: boolean;
                            /** @description For deliverable types: the content formats it produces */
                            formatIds: string[];
                            /** @description How many records refer to this term */
                            usage: number;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/terms/order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Reorder the terms of one kind (ranks deliverable types)
         * @description Access: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                        /** @description Every term of the kind, in the new order */
                        ids: string[];
                    };
                };
            };
            responses: {
                /** @description The kind in its new order */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            terms: {
                                id: string;
                                /** @enum {string} */
                                kind: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                                name: string;
                                description: string;
                                /** @description For use cases: the solution they belong to */
                                parentId: string | null;
                                /** @description Stable key of a built-in term that rules refer to (survives renames) */
                                key: string | null;
                                /** @description Order in lists; for deliverable types, the priority rank (0 is highest) */
                                position: number;
                                archived: boolean;
                                /** @description For deliverable types: the content formats it produces */
                                formatIds: string[];
                                /** @description How many records refer to this term */
                                usage: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/terms/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a term that nothing uses
         * @description Access: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted; 409 when in use (archive instead) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename, describe, archive or restore a term; set a deliverable type’s formats
         * @description Access: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        parentId?: string | null;
                        formatIds?: string[];
                        /** @description Archived terms stay on old records but are not offered for new ones */
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "solution" | "use_case" | "value_driver" | "persona" | "buyer_stage" | "region" | "segment" | "industry" | "format" | "deliverable_type";
                            name: string;
                            description: string;
                            /** @description For use cases: the solution they belong to */
                            parentId: string | null;
                            /** @description Stable key of a built-in term that rules refer to (survives renames) */
                            key: string | null;
                            /** @description Order in lists; for deliverable types, the priority rank (0 is highest) */
                            position: number;
                            archived: boolean;
                            /** @description For deliverable types: the content formats it produces */
                            formatIds: string[];
                            /** @description How many records refer to this term */
                            usage: number;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requesting teams and their quarterly budgets
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Teams */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            teams: {
                                id: string;
                                name: string;
                                /** @description Request points per quarter */
                                quarterlyBudget: number;
                                archived: boolean;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a requesting team
         * @description Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        quarterlyBudget?: number;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description Request points per quarter */
                            quarterlyBudget: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a team that nothing uses
         * @description Access: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted; 409 when in use (archive instead) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename a team, change its budget, archive or restore it
         * @description Access: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        quarterlyBudget?: number;
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            /** @description Request points per quarter */
                            quarterlyBudget: number;
                            archived: boolean;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/team-members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Technical marketing team members, their areas and capacity
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Team members */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            members: {
                                id: string;
                                userId: string;
                                name: string;
                                email: string;
                                title: string;
                                /** @description Deliverables the member can take on per quarter */
                                quarterlyCapacity: number;
                                /** @description Solutions and use cases the member is responsible for */
                                areaIds: string[];
                                archived: boolean;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a TMM to the team with their areas of responsibility
         * @description Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        userId: string;
                        title?: string;
                        quarterlyCapacity?: number;
                        areaIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            userId: string;
                            name: string;
                            email: string;
                            title: string;
                            /** @description Deliverables the member can take on per quarter */
                            quarterlyCapacity: number;
                            /** @description Solutions and use cases the member is responsible for */
                            areaIds: string[];
                            archived: boolean;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/team-members/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove someone from the team (their account stays)
         * @description Access: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted; 409 when in use (archive instead) */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change a team member’s title, capacity or areas
         * @description Access: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        quarterlyCapacity?: number;
                        areaIds?: string[];
                        archived?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            userId: string;
                            name: string;
                            email: string;
                            title: string;
                            /** @description Deliverables the member can take on per quarter */
                            quarterlyCapacity: number;
                            /** @description Solutions and use cases the member is responsible for */
                            areaIds: string[];
                            archived: boolean;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/assets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search and browse the library with facets
         * @description Full-text search weighted title > summary > body, with prefix matching and typo tolerance; filters combine with the text; every facet comes back with live counts. Each role sees only the statuses it may.
         *
         *     Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Search text; typos and prefixes are forgiven */
                    q?: string;
                    format?: string | string[];
                    solution?: string | string[];
                    useCase?: string | string[];
                    persona?: string | string[];
                    buyerStage?: string | string[];
                    owner?: string | string[];
                    visibility?: string | string[];
                    status?: string | string[];
                    freshness?: string | string[];
                    /** @description Record id (UUID) */
                    list?: string;
                    /** @description all: every word must match (search); any: some words (suggestions) */
                    match?: "all" | "any";
                    sort?: "relevance" | "newest" | "most_viewed" | "updated";
                    limit?: number;
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description A page of hits, the total and facet counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            hits: {
                                id: string;
                                title: string;
                                summary: string;
                                /** @description Matching text, split into highlighted and plain parts */
                                snippet: {
                                    text: string;
                                    highlight: boolean;
                                }[];
                                format: {
                                    id: string;
                                    name: string;
                                } | null;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                visibility: "internal" | "external";
                                /** @enum {string} */
                                status: "draft" | "in_review" | "published" | "archived";
                                /** @enum {string} */
                                freshness: "fresh" | "expiring" | "expired";
                                publishedOn: string | null;
                                expiresOn: string | null;
                                viewCount: number;
                                updatedAt: string;
                                score: number;
                            }[];
                            /** @description For each facet, its values with live counts */
                            facets: {
                                [key: string]: {
                                    value: string;
                                    label: string;
                                    count: number;
                                }[];
                            };
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an asset
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** @description Required before publishing */
                        summary?: string;
                        /** @description Markdown; sanitized when rendered */
                        body?: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        formatId?: string | null;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        deliverableTypeId?: string | null;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        buyerStageId?: string | null;
                        solutionIds?: string[];
                        useCaseIds?: string[];
                        personaIds?: string[];
                        regionIds?: string[];
                        segmentIds?: string[];
                        industryIds?: string[];
                        valueDriverIds?: string[];
                        /**
                         * Format: uuid
                         * @description The DRI
                         */
                        ownerId?: string | null;
                        contributorIds?: string[];
                        primaryUrl?: string | null;
                        links?: {
                            /** @enum {string} */
                            kind: "video" | "slides" | "repository" | "docs" | "landing_page" | "other";
                            url: string;
                            label?: string;
                        }[];
                        durationMinutes?: number | null;
                        slideCount?: number | null;
                        wordCount?: number | null;
                        stepCount?: number | null;
                        keyTakeaway?: string;
                        /** @description Confirms an external asset is safe to share publicly */
                        safeToShare?: boolean;
                        /**
                         * @description internal assets never leave through a share link, feed or outsider export
                         * @enum {string}
                         */
                        visibility?: "internal" | "external";
                        /** @enum {string} */
                        status?: "draft" | "in_review" | "published" | "archived";
                        /** Format: date */
                        publishedOn?: string | null;
                        /**
                         * Format: date
                         * @description Defaults to one year (a setting) after publishing
                         */
                        expiresOn?: string | null;
                        /** Format: date */
                        lastVerifiedOn?: string | null;
                        tags?: string[];
                        listIds?: string[];
                        /** @description Stable key for imports */
                        externalKey?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created (with format-rule warnings) */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            body: string;
                            /** @description The body rendered from Markdown and sanitized */
                            bodyHtml: string;
                            format: {
                                id: string;
                                name: string;
                                key: string | null;
                            } | null;
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            buyerStage: {
                                id: string;
                                name: string;
                            } | null;
                            solutions: {
                                id: string;
                                name: string;
                            }[];
                            useCases: {
                                id: string;
                                name: string;
                            }[];
                            personas: {
                                id: string;
                                name: string;
                            }[];
                            regions: {
                                id: string;
                                name: string;
                            }[];
                            segments: {
                                id: string;
                                name: string;
                            }[];
                            industries: {
                                id: string;
                                name: string;
                            }[];
                            valueDrivers: {
                                id: string;
                                name: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            contributors: {
                                id: string;
                                name: string;
                            }[];
                            primaryUrl: string | null;
                            links: {
                                kind: string;
                                url: string;
                                label?: string;
                            }[];
                            embed: {
                                /** @enum {string} */
                                kind: "youtube" | "vimeo" | "image";
                                src: string;
                            } | null;
                            durationMinutes: number | null;
                            slideCount: number | null;
                            wordCount: number | null;
                            stepCount: number | null;
                            keyTakeaway: string;
                            safeToShare: boolean;
                            /** @enum {string} */
                            visibility: "internal" | "external";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published" | "archived";
                            /** @enum {string} */
                            freshness: "fresh" | "expiring" | "expired";
                            publishedOn: string | null;
                            expiresOn: string | null;
                            lastVerifiedOn: string | null;
                            tags: string[];
                            lists: {
                                id: string;
                                name: string;
                            }[];
                            externalKey: string | null;
                            viewCount: number;
                            version: number;
                            /** @description Format rules this asset breaks (warnings, not errors) */
                            warnings: {
                                field: string;
                                message: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/suggestions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Published assets that may already answer what a text asks for
         * @description For request intake: every word of the text counts (stop words dropped), any may match, and words under four letters match whole, never as a prefix. A POST because the text can be long.
         *
         *     Access: admin, tmm, requester, viewer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description What is needed, in words: a request’s title and business goal */
                        text: string;
                        /** @default 5 */
                        limit?: number;
                    };
                };
            };
            responses: {
                /** @description Best first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            hits: {
                                id: string;
                                title: string;
                                summary: string;
                                /** @description Matching text, split into highlighted and plain parts */
                                snippet: {
                                    text: string;
                                    highlight: boolean;
                                }[];
                                format: {
                                    id: string;
                                    name: string;
                                } | null;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                visibility: "internal" | "external";
                                /** @enum {string} */
                                status: "draft" | "in_review" | "published" | "archived";
                                /** @enum {string} */
                                freshness: "fresh" | "expiring" | "expired";
                                publishedOn: string | null;
                                expiresOn: string | null;
                                viewCount: number;
                                updatedAt: string;
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export assets as CSV
         * @description audience=external exports only published, external assets and only the columns meant for outsiders (no people, lists, tags, body or bookkeeping); internal exports every column of what your role may see. Cells starting with = + - @, a tab or a carriage return are prefixed with a single quote so spreadsheets do not run them as formulas; the import drops that quote again.
         *
         *     Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: {
                    audience?: "internal" | "external";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV file */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/import/gitlab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import GitLab’s public resources.yml or webcasts.yml
         * @description Every entry lands as an asset; values that match no taxonomy term are kept as tags and reported per entry.
         *
         *     Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "resources" | "webcasts";
                        content: string;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description What happened (or would happen) to each entry */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            counts: {
                                create: number;
                                update: number;
                                unchanged: number;
                                reject: number;
                            };
                            outcomes: {
                                row: number;
                                /** @enum {string} */
                                action: "create" | "update" | "unchanged" | "reject";
                                title: string;
                                id?: string;
                                /** @description Why a row is rejected, or values that were not recognised */
                                problems: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One asset with its taxonomy, lists, embed and rendered body
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The asset */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            body: string;
                            /** @description The body rendered from Markdown and sanitized */
                            bodyHtml: string;
                            format: {
                                id: string;
                                name: string;
                                key: string | null;
                            } | null;
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            buyerStage: {
                                id: string;
                                name: string;
                            } | null;
                            solutions: {
                                id: string;
                                name: string;
                            }[];
                            useCases: {
                                id: string;
                                name: string;
                            }[];
                            personas: {
                                id: string;
                                name: string;
                            }[];
                            regions: {
                                id: string;
                                name: string;
                            }[];
                            segments: {
                                id: string;
                                name: string;
                            }[];
                            industries: {
                                id: string;
                                name: string;
                            }[];
                            valueDrivers: {
                                id: string;
                                name: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            contributors: {
                                id: string;
                                name: string;
                            }[];
                            primaryUrl: string | null;
                            links: {
                                kind: string;
                                url: string;
                                label?: string;
                            }[];
                            embed: {
                                /** @enum {string} */
                                kind: "youtube" | "vimeo" | "image";
                                src: string;
                            } | null;
                            durationMinutes: number | null;
                            slideCount: number | null;
                            wordCount: number | null;
                            stepCount: number | null;
                            keyTakeaway: string;
                            safeToShare: boolean;
                            /** @enum {string} */
                            visibility: "internal" | "external";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published" | "archived";
                            /** @enum {string} */
                            freshness: "fresh" | "expiring" | "expired";
                            publishedOn: string | null;
                            expiresOn: string | null;
                            lastVerifiedOn: string | null;
                            tags: string[];
                            lists: {
                                id: string;
                                name: string;
                            }[];
                            externalKey: string | null;
                            viewCount: number;
                            version: number;
                            /** @description Format rules this asset breaks (warnings, not errors) */
                            warnings: {
                                field: string;
                                message: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change an asset (records a version)
         * @description Publishing needs a summary and at least one list. Archive by setting status to archived; assets are never deleted.
         *
         *     Access: admin, tmm.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /** @description Required before publishing */
                        summary?: string;
                        /** @description Markdown; sanitized when rendered */
                        body?: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        formatId?: string | null;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        deliverableTypeId?: string | null;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        buyerStageId?: string | null;
                        solutionIds?: string[];
                        useCaseIds?: string[];
                        personaIds?: string[];
                        regionIds?: string[];
                        segmentIds?: string[];
                        industryIds?: string[];
                        valueDriverIds?: string[];
                        /**
                         * Format: uuid
                         * @description The DRI
                         */
                        ownerId?: string | null;
                        contributorIds?: string[];
                        primaryUrl?: string | null;
                        links?: {
                            /** @enum {string} */
                            kind: "video" | "slides" | "repository" | "docs" | "landing_page" | "other";
                            url: string;
                            label?: string;
                        }[];
                        durationMinutes?: number | null;
                        slideCount?: number | null;
                        wordCount?: number | null;
                        stepCount?: number | null;
                        keyTakeaway?: string;
                        /** @description Confirms an external asset is safe to share publicly */
                        safeToShare?: boolean;
                        /**
                         * @description internal assets never leave through a share link, feed or outsider export
                         * @enum {string}
                         */
                        visibility?: "internal" | "external";
                        /** @enum {string} */
                        status?: "draft" | "in_review" | "published" | "archived";
                        /** Format: date */
                        publishedOn?: string | null;
                        /**
                         * Format: date
                         * @description Defaults to one year (a setting) after publishing
                         */
                        expiresOn?: string | null;
                        /** Format: date */
                        lastVerifiedOn?: string | null;
                        tags?: string[];
                        listIds?: string[];
                        /** @description Stable key for imports */
                        externalKey?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            body: string;
                            /** @description The body rendered from Markdown and sanitized */
                            bodyHtml: string;
                            format: {
                                id: string;
                                name: string;
                                key: string | null;
                            } | null;
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            buyerStage: {
                                id: string;
                                name: string;
                            } | null;
                            solutions: {
                                id: string;
                                name: string;
                            }[];
                            useCases: {
                                id: string;
                                name: string;
                            }[];
                            personas: {
                                id: string;
                                name: string;
                            }[];
                            regions: {
                                id: string;
                                name: string;
                            }[];
                            segments: {
                                id: string;
                                name: string;
                            }[];
                            industries: {
                                id: string;
                                name: string;
                            }[];
                            valueDrivers: {
                                id: string;
                                name: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            contributors: {
                                id: string;
                                name: string;
                            }[];
                            primaryUrl: string | null;
                            links: {
                                kind: string;
                                url: string;
                                label?: string;
                            }[];
                            embed: {
                                /** @enum {string} */
                                kind: "youtube" | "vimeo" | "image";
                                src: string;
                            } | null;
                            durationMinutes: number | null;
                            slideCount: number | null;
                            wordCount: number | null;
                            stepCount: number | null;
                            keyTakeaway: string;
                            safeToShare: boolean;
                            /** @enum {string} */
                            visibility: "internal" | "external";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published" | "archived";
                            /** @enum {string} */
                            freshness: "fresh" | "expiring" | "expired";
                            publishedOn: string | null;
                            expiresOn: string | null;
                            lastVerifiedOn: string | null;
                            tags: string[];
                            lists: {
                                id: string;
                                name: string;
                            }[];
                            externalKey: string | null;
                            viewCount: number;
                            version: number;
                            /** @description Format rules this asset breaks (warnings, not errors) */
                            warnings: {
                                field: string;
                                message: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/assets/{id}/views": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Count a view of the asset (feeds "most used" and ranking)
         * @description Access: admin, tmm, requester, viewer.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Counted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/related": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Assets sharing the most solutions, use cases and personas with this one
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Related assets */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            assets: {
                                id: string;
                                title: string;
                                summary: string;
                                /** @description Matching text, split into highlighted and plain parts */
                                snippet: {
                                    text: string;
                                    highlight: boolean;
                                }[];
                                format: {
                                    id: string;
                                    name: string;
                                } | null;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                visibility: "internal" | "external";
                                /** @enum {string} */
                                status: "draft" | "in_review" | "published" | "archived";
                                /** @enum {string} */
                                freshness: "fresh" | "expiring" | "expired";
                                publishedOn: string | null;
                                expiresOn: string | null;
                                viewCount: number;
                                updatedAt: string;
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Version history: who changed what, when
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            versions: {
                                version: number;
                                changes: string[];
                                note: string;
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/versions/{version}/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What restoring this version would change, field by field
         * @description Access: admin, tmm.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The fields that differ, now and after the restore */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            version: number;
                            /** @description Only the fields that would change */
                            changes: {
                                /** @description The state key, e.g. keyTakeaway */
                                field: string;
                                /** @description The field in words, e.g. Key takeaway */
                                label: string;
                                /** @description The value now, in words ("—" when empty) */
                                current: string;
                                /** @description The value after restoring this version */
                                restored: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/{id}/versions/{version}/restore": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore an earlier version (as a new version)
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    version: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Restored */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            summary: string;
                            body: string;
                            /** @description The body rendered from Markdown and sanitized */
                            bodyHtml: string;
                            format: {
                                id: string;
                                name: string;
                                key: string | null;
                            } | null;
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            buyerStage: {
                                id: string;
                                name: string;
                            } | null;
                            solutions: {
                                id: string;
                                name: string;
                            }[];
                            useCases: {
                                id: string;
                                name: string;
                            }[];
                            personas: {
                                id: string;
                                name: string;
                            }[];
                            regions: {
                                id: string;
                                name: string;
                            }[];
                            segments: {
                                id: string;
                                name: string;
                            }[];
                            industries: {
                                id: string;
                                name: string;
                            }[];
                            valueDrivers: {
                                id: string;
                                name: string;
                            }[];
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            contributors: {
                                id: string;
                                name: string;
                            }[];
                            primaryUrl: string | null;
                            links: {
                                kind: string;
                                url: string;
                                label?: string;
                            }[];
                            embed: {
                                /** @enum {string} */
                                kind: "youtube" | "vimeo" | "image";
                                src: string;
                            } | null;
                            durationMinutes: number | null;
                            slideCount: number | null;
                            wordCount: number | null;
                            stepCount: number | null;
                            keyTakeaway: string;
                            safeToShare: boolean;
                            /** @enum {string} */
                            visibility: "internal" | "external";
                            /** @enum {string} */
                            status: "draft" | "in_review" | "published" | "archived";
                            /** @enum {string} */
                            freshness: "fresh" | "expiring" | "expired";
                            publishedOn: string | null;
                            expiresOn: string | null;
                            lastVerifiedOn: string | null;
                            tags: string[];
                            lists: {
                                id: string;
                                name: string;
                            }[];
                            externalKey: string | null;
                            viewCount: number;
                            version: number;
                            /** @description Format rules this asset breaks (warnings, not errors) */
                            warnings: {
                                field: string;
                                message: string;
                            }[];
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assets/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import CSV rows (send large files in batches)
         * @description Rows are CSV records keyed by column name (see the export for the columns). Matched by external_key, else primary_url; a re-import changes nothing. With dryRun nothing is stored and each row says what would happen.
         *
         *     Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rows: {
                            [key: string]: string;
                        }[];
                        /** @default false */
                        dryRun?: boolean;
                        /**
                         * @description Line number of the first row, for reports
                         * @default 2
                         */
                        firstRowNumber?: number;
                    };
                };
            };
            responses: {
                /** @description What happened (or would happen) to each row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            counts: {
                                create: number;
                                update: number;
                                unchanged: number;
                                reject: number;
                            };
                            outcomes: {
                                row: number;
                                /** @enum {string} */
                                action: "create" | "update" | "unchanged" | "reject";
                                title: string;
                                id?: string;
                                /** @description Why a row is rejected, or values that were not recognised */
                                problems: string[];
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Curated lists
         * @description Access: admin, tmm, requester, viewer.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every list with its asset count */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            lists: {
                                id: string;
                                name: string;
                                description: string;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                assetCount: number;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create a list
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            assetCount: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lists/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a list (refused while it is the only list of a published asset)
         * @description Access: admin, tmm.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Rename a list, describe it, or set its assets and their order
         * @description Access: admin, tmm.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        /** @description The list’s assets in order */
                        assetIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            description: string;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            assetCount: number;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/feeds/library/{format}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Atom or RSS feed of published external assets
         * @description Internal assets never appear. Filter with ?solution=<id>.
         *
         *     Access: public.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Record id (UUID) */
                    solution?: string;
                };
                header?: never;
                path: {
                    format: "atom" | "rss";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The feed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/atom+xml": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your latest notifications
         * @description Access: signed-in.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            notifications: {
                                id: string;
                                kind: string;
                                title: string;
                                /** @description Plain text (Markdown in comments is rendered and stripped) */
                                body: string;
                                link: string | null;
                                read: boolean;
                                createdAt: string;
                            }[];
                            unread: number;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark all your notifications read
         * @description Access: signed-in.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Marked */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Requests, highest priority score first, a page at a time
         * @description Views: all, mine (assigned to me), needs_triage, overdue (not reviewed within the review clock). Requesters see their own and their team’s. Sorted and paged in the database: `total` counts every request of the view, `requests` holds `limit` of them from `offset`.
         *
         *     Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: {
                    state?: string;
                    view?: "all" | "mine" | "needs_triage" | "overdue";
                    /** @description Record id (UUID) */
                    teamId?: string;
                    /** @description score: priority score (highest first, then oldest); number (newest first); title; due_date (soonest first) */
                    sort?: "score" | "number" | "title" | "due_date";
                    /** @description Reverses the sort’s usual direction */
                    order?: "asc" | "desc";
                    /** @description Requests per page */
                    limit?: number;
                    /** @description Requests to skip: (page − 1) × limit */
                    offset?: number | null;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One page of requests */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Requests in the view, on every page */
                            total: number;
                            requests: {
                                id: string;
                                number: number;
                                title: string;
                                /** @enum {string} */
                                state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                                /** @enum {string|null} */
                                stage: "queue" | "in_progress" | "waiting" | null;
                                priority: number | null;
                                score: number;
                                scoreReasons: {
                                    points: number;
                                    text: string;
                                }[];
                                deliverableType: {
                                    id: string;
                                    name: string;
                                } | null;
                                solution: {
                                    id: string;
                                    name: string;
                                } | null;
                                useCase: {
                                    id: string;
                                    name: string;
                                } | null;
                                /**
                                 * @description demo_update: raised from a freshness flag; no team pays
                                 * @enum {string}
                                 */
                                kind: "content" | "demo_update";
                                /** @description The demo a demo update is about */
                                demo: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description The requesting team whose budget pays; none for demo updates */
                                team: {
                                    id: string;
                                    name: string;
                                } | null;
                                requester: {
                                    id: string;
                                    name: string;
                                };
                                assignee: {
                                    id: string;
                                    name: string;
                                } | null;
                                businessGoal: string;
                                audience: string;
                                audienceSize: number | null;
                                distributionPlan: string;
                                eventName: string;
                                description: string;
                                dueDate: string | null;
                                reuse: boolean;
                                forEvent: boolean;
                                reusedAsset: {
                                    id: string;
                                    name: string;
                                } | null;
                                deliveredAssets: {
                                    id: string;
                                    name: string;
                                }[];
                                cost: number;
                                quarter: string;
                                reviewDueAt: string;
                                /** @description Not reviewed and past the review deadline */
                                overdue: boolean;
                                results: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description Who opened the GitLab issue a request was filed from (none for requests filed in Showcase) */
                                gitlabAuthor: {
                                    name: string | null;
                                    username: string | null;
                                } | null;
                                createdAt: string;
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * File a request (or answer it with an existing asset)
         * @description Charged to the team’s quarterly budget; refused with 409 over_budget when it would overdraw it, unless a TMM or admin gives budgetOverrideReason.
         *
         *     Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /**
                         * Format: uuid
                         * @description What kind of deliverable is asked for
                         */
                        deliverableTypeId: string;
                        /** @description The business goal or opportunity */
                        businessGoal: string;
                        audience?: string;
                        audienceSize?: number | null;
                        personaIds?: string[];
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        solutionId?: string | null;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        useCaseId?: string | null;
                        formatIds?: string[];
                        distributionPlan?: string;
                        /** Format: date */
                        dueDate?: string | null;
                        /** @description The event or campaign it serves */
                        eventName?: string;
                        /** @description Events are priced differently */
                        forEvent?: boolean;
                        /**
                         * Format: uuid
                         * @description The requesting team whose budget pays
                         */
                        teamId: string;
                        links?: {
                            url: string;
                            label?: string;
                        }[];
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Answer the request with this existing library asset (costs the reuse price)
                         */
                        reusedAssetId?: string | null;
                        /** @description TMMs and admins may exceed a team budget with a reason */
                        budgetOverrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description Filed */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                            /** @enum {string|null} */
                            stage: "queue" | "in_progress" | "waiting" | null;
                            priority: number | null;
                            score: number;
                            scoreReasons: {
                                points: number;
                                text: string;
                            }[];
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            solution: {
                                id: string;
                                name: string;
                            } | null;
                            useCase: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description demo_update: raised from a freshness flag; no team pays
                             * @enum {string}
                             */
                            kind: "content" | "demo_update";
                            /** @description The demo a demo update is about */
                            demo: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The requesting team whose budget pays; none for demo updates */
                            team: {
                                id: string;
                                name: string;
                            } | null;
                            requester: {
                                id: string;
                                name: string;
                            };
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            businessGoal: string;
                            audience: string;
                            audienceSize: number | null;
                            distributionPlan: string;
                            eventName: string;
                            description: string;
                            dueDate: string | null;
                            reuse: boolean;
                            forEvent: boolean;
                            reusedAsset: {
                                id: string;
                                name: string;
                            } | null;
                            deliveredAssets: {
                                id: string;
                                name: string;
                            }[];
                            cost: number;
                            quarter: string;
                            reviewDueAt: string;
                            /** @description Not reviewed and past the review deadline */
                            overdue: boolean;
                            results: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Who opened the GitLab issue a request was filed from (none for requests filed in Showcase) */
                            gitlabAuthor: {
                                name: string | null;
                                username: string | null;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A requesting team’s budget this quarter
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query: {
                    /** @description Record id (UUID) */
                    teamId: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Budget, spent and remaining points, and the prices */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            team: {
                                id: string;
                                name: string;
                            };
                            quarter: string;
                            budget: number;
                            spent: number;
                            remaining: number;
                            pricing: {
                                newContent: number;
                                reuse: number;
                                eventNew: number;
                                eventReuse: number;
                            };
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/similar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open requests of the team that look like the one being filed
         * @description The duplicate check of the intake form: the team’s open requests (new, in triage, in the backlog, assigned) whose title and business goal share enough words with the text (stop words dropped), most alike first, at most five. Requesters may ask for their own team only. A POST because the text can be long.
         *
         *     Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The requesting team filing
                         */
                        teamId: string;
                        /** @description What the new request asks for: its title and business goal */
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Most alike first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                id: string;
                                number: number;
                                title: string;
                                /** @enum {string} */
                                state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                                requester: {
                                    id: string;
                                    name: string;
                                };
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One request with its history and a suggested assignee
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                            /** @enum {string|null} */
                            stage: "queue" | "in_progress" | "waiting" | null;
                            priority: number | null;
                            score: number;
                            scoreReasons: {
                                points: number;
                                text: string;
                            }[];
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            solution: {
                                id: string;
                                name: string;
                            } | null;
                            useCase: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description demo_update: raised from a freshness flag; no team pays
                             * @enum {string}
                             */
                            kind: "content" | "demo_update";
                            /** @description The demo a demo update is about */
                            demo: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The requesting team whose budget pays; none for demo updates */
                            team: {
                                id: string;
                                name: string;
                            } | null;
                            requester: {
                                id: string;
                                name: string;
                            };
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            businessGoal: string;
                            audience: string;
                            audienceSize: number | null;
                            distributionPlan: string;
                            eventName: string;
                            description: string;
                            dueDate: string | null;
                            reuse: boolean;
                            forEvent: boolean;
                            reusedAsset: {
                                id: string;
                                name: string;
                            } | null;
                            deliveredAssets: {
                                id: string;
                                name: string;
                            }[];
                            cost: number;
                            quarter: string;
                            reviewDueAt: string;
                            /** @description Not reviewed and past the review deadline */
                            overdue: boolean;
                            results: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Who opened the GitLab issue a request was filed from (none for requests filed in Showcase) */
                            gitlabAuthor: {
                                name: string | null;
                                username: string | null;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                            history: {
                                kind: string;
                                fromState: string | null;
                                toState: string | null;
                                reason: string;
                                actor: {
                                    id: string;
                                    name: string;
                                } | null;
                                createdAt: string;
                            }[];
                            suggestedAssignee: {
                                userId: string;
                                name: string;
                                reason: string;
                            } | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set priority (1–3), work stage or due date
         * @description Access: admin, tmm.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 is highest; set in triage */
                        priority?: 1 | 2 | 3 | null;
                        /**
                         * @description Work stage while assigned
                         * @enum {string}
                         */
                        stage?: "queue" | "in_progress" | "waiting";
                        /** Format: date */
                        dueDate?: string | null;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                            /** @enum {string|null} */
                            stage: "queue" | "in_progress" | "waiting" | null;
                            priority: number | null;
                            score: number;
                            scoreReasons: {
                                points: number;
                                text: string;
                            }[];
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            solution: {
                                id: string;
                                name: string;
                            } | null;
                            useCase: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description demo_update: raised from a freshness flag; no team pays
                             * @enum {string}
                             */
                            kind: "content" | "demo_update";
                            /** @description The demo a demo update is about */
                            demo: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The requesting team whose budget pays; none for demo updates */
                            team: {
                                id: string;
                                name: string;
                            } | null;
                            requester: {
                                id: string;
                                name: string;
                            };
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            businessGoal: string;
                            audience: string;
                            audienceSize: number | null;
                            distributionPlan: string;
                            eventName: string;
                            description: string;
                            dueDate: string | null;
                            reuse: boolean;
                            forEvent: boolean;
                            reusedAsset: {
                                id: string;
                                name: string;
                            } | null;
                            deliveredAssets: {
                                id: string;
                                name: string;
                            }[];
                            cost: number;
                            quarter: string;
                            reviewDueAt: string;
                            /** @description Not reviewed and past the review deadline */
                            overdue: boolean;
                            results: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Who opened the GitLab issue a request was filed from (none for requests filed in Showcase) */
                            gitlabAuthor: {
                                name: string | null;
                                username: string | null;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/requests/{id}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Move a request to another state
         * @description TMMs and admins move requests; requesters may cancel their own. Illegal moves answer 409 illegal_transition; missing pieces 422 naming them.
         *
         *     Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                        reason?: string;
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        assigneeId?: string;
                        /** @enum {string} */
                        stage?: "queue" | "in_progress" | "waiting";
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        duplicateOfId?: string;
                        deliveredAssetIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Moved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                            /** @enum {string|null} */
                            stage: "queue" | "in_progress" | "waiting" | null;
                            priority: number | null;
                            score: number;
                            scoreReasons: {
                                points: number;
                                text: string;
                            }[];
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            solution: {
                                id: string;
                                name: string;
                            } | null;
                            useCase: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description demo_update: raised from a freshness flag; no team pays
                             * @enum {string}
                             */
                            kind: "content" | "demo_update";
                            /** @description The demo a demo update is about */
                            demo: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The requesting team whose budget pays; none for demo updates */
                            team: {
                                id: string;
                                name: string;
                            } | null;
                            requester: {
                                id: string;
                                name: string;
                            };
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            businessGoal: string;
                            audience: string;
                            audienceSize: number | null;
                            distributionPlan: string;
                            eventName: string;
                            description: string;
                            dueDate: string | null;
                            reuse: boolean;
                            forEvent: boolean;
                            reusedAsset: {
                                id: string;
                                name: string;
                            } | null;
                            deliveredAssets: {
                                id: string;
                                name: string;
                            }[];
                            cost: number;
                            quarter: string;
                            reviewDueAt: string;
                            /** @description Not reviewed and past the review deadline */
                            overdue: boolean;
                            results: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Who opened the GitLab issue a request was filed from (none for requests filed in Showcase) */
                            gitlabAuthor: {
                                name: string | null;
                                username: string | null;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The comment thread
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Oldest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            comments: {
                                id: string;
                                author: {
                                    id: string;
                                    name: string;
                                } | null;
                                body: string;
                                /** @description Sanitized HTML */
                                bodyHtml: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Comment (Markdown, sanitized; @handle mentions notify people)
         * @description notNotified lists the @handles that told nobody: no such active account, or one that may not see the request.
         *
         *     Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Markdown; @name mentions notify people */
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Added */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            author: {
                                id: string;
                                name: string;
                            } | null;
                            body: string;
                            /** @description Sanitized HTML */
                            bodyHtml: string;
                            createdAt: string;
                            /** @description @handles in the comment that notified nobody (no such account, or it may not see the request) */
                            notNotified: string[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/mentionable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The people a comment on this request can @mention (those who may see it)
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By name */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            people: {
                                id: string;
                                name: string;
                                /** @description What to type after @ */
                                handle: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/integrations/gitlab/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * GitLab issue webhook: files a request from an issue opened with the content request template
         * @description Point a GitLab project webhook (Issues events) here with the secret token set to SHOWCASE_GITLAB_WEBHOOK_TOKEN. Checked against X-Gitlab-Token; repeated deliveries (X-Gitlab-Event-UUID, or the same issue) are acknowledged and ignored. Template headings fill the fields; the rest stays in the description and is reported.
         *
         *     Access: public.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            responses: {
                /** @description What was done, and what could not be read */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "created" | "duplicate" | "ignored";
                            requestId?: string;
                            report: string[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/gitlab-users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * GitLab users linked to Showcase accounts
         * @description GitLab intake files an issue as the Showcase account linked to its author’s GitLab username, and as the “GitLab intake” account otherwise (keeping the author’s name on the request).
         *
         *     Access: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description By GitLab username */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            links: {
                                /** @description GitLab username, lower case */
                                username: string;
                                user: {
                                    id: string;
                                    name: string;
                                    email: string;
                                    active: boolean;
                                };
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Link a GitLab username to a Showcase account
         * @description The account must be active and allowed to file requests. A username already linked answers 409 conflict.
         *
         *     Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The GitLab username, as in @username */
                        username: string;
                        /**
                         * Format: uuid
                         * @description The Showcase account that requests from this GitLab user are filed as
                         */
                        userId: string;
                    };
                };
            };
            responses: {
                /** @description Linked */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description GitLab username, lower case */
                            username: string;
                            user: {
                                id: string;
                                name: string;
                                email: string;
                                active: boolean;
                            };
                            createdAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/gitlab-users/{username}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove the link of a GitLab username
         * @description Access: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    username: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Removed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add the results of a completed request (closes it)
         * @description Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        views?: number;
                        audienceReached?: number;
                        dealsInfluenced?: number;
                    };
                };
            };
            responses: {
                /** @description Closed with results */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            title: string;
                            /** @enum {string} */
                            state: "new_request" | "triage" | "backlog" | "assigned" | "completed" | "closed" | "transferred" | "declined" | "canceled" | "duplicate";
                            /** @enum {string|null} */
                            stage: "queue" | "in_progress" | "waiting" | null;
                            priority: number | null;
                            score: number;
                            scoreReasons: {
                                points: number;
                                text: string;
                            }[];
                            deliverableType: {
                                id: string;
                                name: string;
                            } | null;
                            solution: {
                                id: string;
                                name: string;
                            } | null;
                            useCase: {
                                id: string;
                                name: string;
                            } | null;
                            /**
                             * @description demo_update: raised from a freshness flag; no team pays
                             * @enum {string}
                             */
                            kind: "content" | "demo_update";
                            /** @description The demo a demo update is about */
                            demo: {
                                id: string;
                                name: string;
                            } | null;
                            /** @description The requesting team whose budget pays; none for demo updates */
                            team: {
                                id: string;
                                name: string;
                            } | null;
                            requester: {
                                id: string;
                                name: string;
                            };
                            assignee: {
                                id: string;
                                name: string;
                            } | null;
                            businessGoal: string;
                            audience: string;
                            audienceSize: number | null;
                            distributionPlan: string;
                            eventName: string;
                            description: string;
                            dueDate: string | null;
                            reuse: boolean;
                            forEvent: boolean;
                            reusedAsset: {
                                id: string;
                                name: string;
                            } | null;
                            deliveredAssets: {
                                id: string;
                                name: string;
                            }[];
                            cost: number;
                            quarter: string;
                            reviewDueAt: string;
                            /** @description Not reviewed and past the review deadline */
                            overdue: boolean;
                            results: {
                                [key: string]: unknown;
                            } | null;
                            /** @description Who opened the GitLab issue a request was filed from (none for requests filed in Showcase) */
                            gitlabAuthor: {
                                name: string | null;
                                username: string | null;
                            } | null;
                            createdAt: string;
                            updatedAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Files attached to a request
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Attachments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            attachments: {
                                id: string;
                                /** @description The name it was uploaded under (made safe, at most 200 characters) */
                                filename: string;
                                /** @description Identified from the content, not from the name */
                                contentType: string;
                                /** @description Bytes */
                                size: number;
                                createdAt: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Attach a file (multipart field "file", at most 10 MB)
         * @description The type is read from the file’s content: images, PDF, Office documents, zip, text, Markdown and CSV; the name’s extension must agree. Anything else is refused with 415, a file over 10 MB with 413 (nothing is kept). Names longer than 200 characters are shortened, keeping the extension.
         *
         *     Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Attached */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @description The name it was uploaded under (made safe, at most 200 characters) */
                            filename: string;
                            /** @description Identified from the content, not from the name */
                            contentType: string;
                            /** @description Bytes */
                            size: number;
                            createdAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/requests/{id}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download an attachment
         * @description Streams the file; a single `Range: bytes=…` is answered with 206.
         *
         *     Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                    /** @description Record id (UUID) */
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The file, as an attachment */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description The asked byte range of the file */
                206: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The product catalogue: stages → categories → features
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every stage with its categories and their features */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            stages: {
                                id: string;
                                key: string;
                                name: string;
                                description: string;
                                categories: {
                                    id: string;
                                    key: string;
                                    stageId: string;
                                    name: string;
                                    description: string;
                                    documentationUrl: string | null;
                                    maturity: string | null;
                                    tiers: string[];
                                    /** @description Demos whose trail walks through this category */
                                    demoCount: number;
                                    features: {
                                        id: string;
                                        categoryId: string;
                                        name: string;
                                        description: string;
                                        documentationUrl: string | null;
                                        tiers: string[];
                                        introducedIn: string | null;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a stage
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Stable key used by importers; derived from the name when left out */
                        key?: string;
                        name: string;
                        description?: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a category to a stage
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        stageId: string;
                        key?: string;
                        name: string;
                        description?: string;
                        documentationUrl?: string | null;
                        maturity?: string | null;
                        tiers?: string[];
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/features": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add a feature to a category
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        categoryId: string;
                        name: string;
                        description?: string;
                        documentationUrl?: string | null;
                        tiers?: string[];
                        introducedIn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/import/gitlab": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import GitLab’s stages.yml and categories.yml
         * @description Matched by key: a re-import updates in place and never duplicates. Problems are listed, the rest imports.
         *
         *     Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description The text of a stages.yml file */
                        stages: string;
                        /** @description The text of a categories.yml file */
                        categories: string;
                        /** @default false */
                        dryRun?: boolean;
                    };
                };
            };
            responses: {
                /** @description What was (or would be) created and updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            stages: {
                                create: number;
                                update: number;
                                unchanged: number;
                            };
                            categories: {
                                create: number;
                                update: number;
                                unchanged: number;
                            };
                            problems: {
                                where: string;
                                message: string;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/catalogue/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a stage, category or feature nothing uses
         * @description Access: admin, tmm.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "stages" | "categories" | "features";
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Edit a stage, category or feature
         * @description Access: admin, tmm.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    kind: "stages" | "categories" | "features";
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        description?: string;
                        /**
                         * Format: uuid
                         * @description Categories only: move to another stage
                         */
                        stageId?: string;
                        /**
                         * Format: uuid
                         * @description Features only: move to another category
                         */
                        categoryId?: string;
                        documentationUrl?: string | null;
                        maturity?: string | null;
                        tiers?: string[];
                        introducedIn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Saved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/releases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Imported releases, newest version first
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Releases with change and flag counts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: string;
                            releasedOn: string | null;
                            source: string;
                            changeCount: number;
                            flags: {
                                raised: number;
                                quiet: number;
                            };
                            createdAt: string;
                        }[];
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import a release and run impact analysis
         * @description GitLab release-post files (features.top/primary/secondary, deprecations, removals), or a plain JSON/CSV release. Every file is reported: what it imported, what it skipped and why; a file that cannot be read does not stop the others. Importing a version again replaces its changes and re-scores its flags.
         *
         *     Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description gitlab: one YAML file per release-post item; json: {changes:[…]}; csv: name,significance,stage,categories,tiers,description,documentation_link
                         * @enum {string}
                         */
                        format: "gitlab" | "json" | "csv";
                        version: string;
                        /** Format: date */
                        releasedOn?: string;
                        files: {
                            name: string;
                            content: string;
                        }[];
                        /** @default false */
                        dryRun?: boolean;
                        /**
                         * @description A version already imported is replaced only when this is true (a dry run says what it would replace)
                         * @default false
                         */
                        replace?: boolean;
                    };
                };
            };
            responses: {
                /** @description Per-file report and the flags raised */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            dryRun: boolean;
                            release: {
                                id: string;
                                version: string;
                                releasedOn: string | null;
                                source: string;
                                changeCount: number;
                                flags: {
                                    raised: number;
                                    quiet: number;
                                };
                                createdAt: string;
                            } | null;
                            /** @description The stored release of this version that the import replaces (or would, in a dry run) */
                            replaces: {
                                version: string;
                                changes: number;
                            } | null;
                            changes: number;
                            files: {
                                file: string;
                                /** @description Changes taken from the file */
                                imported: number;
                                skipped: {
                                    what: string;
                                    reason: string;
                                }[];
                                /** @description Why the whole file could not be read */
                                error: string | null;
                            }[];
                            flags: {
                                raised: number;
                                quiet: number;
                            };
                            /** @description The demos this release raised flags on, highest score first */
                            flagged: {
                                demoId: string;
                                title: string;
                                score: number;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/releases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A release with its changes and import report
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The release */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            version: string;
                            releasedOn: string | null;
                            source: string;
                            changeCount: number;
                            flags: {
                                raised: number;
                                quiet: number;
                            };
                            createdAt: string;
                            changes: {
                                id: string;
                                name: string;
                                /** @enum {string} */
                                significance: "removal" | "deprecation" | "primary" | "secondary";
                                stage: {
                                    id: string;
                                    name: string;
                                } | null;
                                categories: {
                                    id: string;
                                    name: string;
                                }[];
                                unknownCategories: string[];
                                feature: {
                                    id: string;
                                    name: string;
                                } | null;
                                tiers: string[];
                                description: string;
                                documentationUrl: string | null;
                                sourceFile: string;
                            }[];
                            report: {
                                file: string;
                                /** @description Changes taken from the file */
                                imported: number;
                                skipped: {
                                    what: string;
                                    reason: string;
                                }[];
                                /** @description Why the whole file could not be read */
                                error: string | null;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demos": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The freshness view: demos by state, age, version lag and score
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: {
                    state?: "fresh" | "flagged" | "update_requested" | "being_updated";
                    sort?: "score" | "age" | "lag" | "title";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Demos with counts per state */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                status: string;
                                format: {
                                    id: string;
                                    name: string;
                                } | null;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                persona: {
                                    id: string;
                                    name: string;
                                } | null;
                                productVersion: string | null;
                                /** @description Minor releases behind the newest imported release */
                                versionLag: number | null;
                                /** @description Days since last verified (or published) */
                                ageDays: number | null;
                                lastVerifiedOn: string | null;
                                /** @enum {string} */
                                state: "fresh" | "flagged" | "update_requested" | "being_updated";
                                /** @description Highest score among its open and requested flags */
                                score: number;
                                openFlags: number;
                                steps: number;
                            }[];
                            counts: {
                                fresh?: number;
                                flagged?: number;
                                update_requested?: number;
                                being_updated?: number;
                            };
                            latestVersion: string | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demos/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A demo: storyboard, script figures, feature trail and flag history
         * @description Access: admin, tmm, requester.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The demo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            status: string;
                            format: {
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            persona: {
                                id: string;
                                name: string;
                            } | null;
                            productVersion: string | null;
                            /** @description Minor releases behind the newest imported release */
                            versionLag: number | null;
                            /** @description Days since last verified (or published) */
                            ageDays: number | null;
                            lastVerifiedOn: string | null;
                            /** @enum {string} */
                            state: "fresh" | "flagged" | "update_requested" | "being_updated";
                            /** @description Highest score among its open and requested flags */
                            score: number;
                            openFlags: number;
                            steps: number;
                            environment: string;
                            keyTakeaway: string;
                            storyboard: {
                                painPoints: string[];
                                story: string;
                                scenes: {
                                    title: string;
                                    shows: string;
                                    whyItMatters: string;
                                    script: string;
                                }[];
                            };
                            script: {
                                words: number;
                                seconds: number;
                                scenes: {
                                    words: number;
                                    seconds: number;
                                }[];
                                warnings: string[];
                            };
                            trail: {
                                position: number;
                                core: boolean;
                                note: string;
                                stage: {
                                    id: string;
                                    name: string;
                                };
                                category: {
                                    id: string;
                                    name: string;
                                };
                                feature: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description An open or requested flag touches this step */
                                flagged: boolean;
                            }[];
                            flags: {
                                id: string;
                                demo: {
                                    id: string;
                                    name: string;
                                };
                                release: {
                                    id: string;
                                    version: string;
                                };
                                score: number;
                                reasons: string[];
                                /** @enum {string} */
                                state: "open" | "quiet" | "dismissed" | "requested" | "resolved";
                                dismissReason: string | null;
                                request: {
                                    id: string;
                                    number: number;
                                    state: string;
                                } | null;
                                flaggedSteps: number[];
                                createdAt: string;
                                resolvedAt: string | null;
                            }[];
                            derivedFrom: {
                                id: string;
                                name: string;
                            } | null;
                            derivatives: {
                                id: string;
                                name: string;
                            }[];
                            personaOverrideReason: string | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Set a demo’s persona, version, environment, storyboard and trail
         * @description The asset must have a demo format. Changing the persona of a published demo answers 409 persona_change unless personaOverrideReason is given; POST …/fork makes a new demo for the persona instead.
         *
         *     Access: admin, tmm.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The one persona this demo is made for
                         */
                        personaId?: string | null;
                        /** @description The product version it was recorded on */
                        productVersion?: string | null;
                        environment?: string;
                        storyboard?: {
                            /** @default [] */
                            painPoints?: string[];
                            /** @default  */
                            story?: string;
                            /** @default [] */
                            scenes?: {
                                /** @default  */
                                title?: string;
                                /**
                                 * @description What the scene shows
                                 * @default
                                 */
                                shows?: string;
                                /**
                                 * @description Why it matters to the persona
                                 * @default
                                 */
                                whyItMatters?: string;
                                /** @default  */
                                script?: string;
                            }[];
                        };
                        /** @description The feature trail, in order */
                        steps?: {
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            categoryId?: string;
                            /**
                             * Format: uuid
                             * @description Record id (UUID)
                             */
                            featureId?: string;
                            /** @default true */
                            core?: boolean;
                            note?: string;
                        }[];
                        /** @description Why a published demo may change its persona in place instead of becoming a new demo */
                        personaOverrideReason?: string;
                    };
                };
            };
            responses: {
                /** @description The saved demo */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            status: string;
                            format: {
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            persona: {
                                id: string;
                                name: string;
                            } | null;
                            productVersion: string | null;
                            /** @description Minor releases behind the newest imported release */
                            versionLag: number | null;
                            /** @description Days since last verified (or published) */
                            ageDays: number | null;
                            lastVerifiedOn: string | null;
                            /** @enum {string} */
                            state: "fresh" | "flagged" | "update_requested" | "being_updated";
                            /** @description Highest score among its open and requested flags */
                            score: number;
                            openFlags: number;
                            steps: number;
                            environment: string;
                            keyTakeaway: string;
                            storyboard: {
                                painPoints: string[];
                                story: string;
                                scenes: {
                                    title: string;
                                    shows: string;
                                    whyItMatters: string;
                                    script: string;
                                }[];
                            };
                            script: {
                                words: number;
                                seconds: number;
                                scenes: {
                                    words: number;
                                    seconds: number;
                                }[];
                                warnings: string[];
                            };
                            trail: {
                                position: number;
                                core: boolean;
                                note: string;
                                stage: {
                                    id: string;
                                    name: string;
                                };
                                category: {
                                    id: string;
                                    name: string;
                                };
                                feature: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description An open or requested flag touches this step */
                                flagged: boolean;
                            }[];
                            flags: {
                                id: string;
                                demo: {
                                    id: string;
                                    name: string;
                                };
                                release: {
                                    id: string;
                                    version: string;
                                };
                                score: number;
                                reasons: string[];
                                /** @enum {string} */
                                state: "open" | "quiet" | "dismissed" | "requested" | "resolved";
                                dismissReason: string | null;
                                request: {
                                    id: string;
                                    number: number;
                                    state: string;
                                } | null;
                                flaggedSteps: number[];
                                createdAt: string;
                                resolvedAt: string | null;
                            }[];
                            derivedFrom: {
                                id: string;
                                name: string;
                            } | null;
                            derivatives: {
                                id: string;
                                name: string;
                            }[];
                            personaOverrideReason: string | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demos/{id}/fork": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a new demo for another persona, linked to this one
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description Record id (UUID)
                         */
                        personaId: string;
                        title?: string;
                    };
                };
            };
            responses: {
                /** @description The new draft demo */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            status: string;
                            format: {
                                id: string;
                                name: string;
                            } | null;
                            owner: {
                                id: string;
                                name: string;
                            } | null;
                            persona: {
                                id: string;
                                name: string;
                            } | null;
                            productVersion: string | null;
                            /** @description Minor releases behind the newest imported release */
                            versionLag: number | null;
                            /** @description Days since last verified (or published) */
                            ageDays: number | null;
                            lastVerifiedOn: string | null;
                            /** @enum {string} */
                            state: "fresh" | "flagged" | "update_requested" | "being_updated";
                            /** @description Highest score among its open and requested flags */
                            score: number;
                            openFlags: number;
                            steps: number;
                            environment: string;
                            keyTakeaway: string;
                            storyboard: {
                                painPoints: string[];
                                story: string;
                                scenes: {
                                    title: string;
                                    shows: string;
                                    whyItMatters: string;
                                    script: string;
                                }[];
                            };
                            script: {
                                words: number;
                                seconds: number;
                                scenes: {
                                    words: number;
                                    seconds: number;
                                }[];
                                warnings: string[];
                            };
                            trail: {
                                position: number;
                                core: boolean;
                                note: string;
                                stage: {
                                    id: string;
                                    name: string;
                                };
                                category: {
                                    id: string;
                                    name: string;
                                };
                                feature: {
                                    id: string;
                                    name: string;
                                } | null;
                                /** @description An open or requested flag touches this step */
                                flagged: boolean;
                            }[];
                            flags: {
                                id: string;
                                demo: {
                                    id: string;
                                    name: string;
                                };
                                release: {
                                    id: string;
                                    version: string;
                                };
                                score: number;
                                reasons: string[];
                                /** @enum {string} */
                                state: "open" | "quiet" | "dismissed" | "requested" | "resolved";
                                dismissReason: string | null;
                                request: {
                                    id: string;
                                    number: number;
                                    state: string;
                                } | null;
                                flaggedSteps: number[];
                                createdAt: string;
                                resolvedAt: string | null;
                            }[];
                            derivedFrom: {
                                id: string;
                                name: string;
                            } | null;
                            derivatives: {
                                id: string;
                                name: string;
                            }[];
                            personaOverrideReason: string | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/demos/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-verify a demo on a product version
         * @description Flags raised by releases up to that version resolve; the asset’s last-verified date moves to today.
         *
         *     Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        productVersion: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Flags resolved */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            resolved: number;
                            demo: {
                                id: string;
                                title: string;
                                status: string;
                                format: {
                                    id: string;
                                    name: string;
                                } | null;
                                owner: {
                                    id: string;
                                    name: string;
                                } | null;
                                persona: {
                                    id: string;
                                    name: string;
                                } | null;
                                productVersion: string | null;
                                /** @description Minor releases behind the newest imported release */
                                versionLag: number | null;
                                /** @description Days since last verified (or published) */
                                ageDays: number | null;
                                lastVerifiedOn: string | null;
                                /** @enum {string} */
                                state: "fresh" | "flagged" | "update_requested" | "being_updated";
                                /** @description Highest score among its open and requested flags */
                                score: number;
                                openFlags: number;
                                steps: number;
                                environment: string;
                                keyTakeaway: string;
                                storyboard: {
                                    painPoints: string[];
                                    story: string;
                                    scenes: {
                                        title: string;
                                        shows: string;
                                        whyItMatters: string;
                                        script: string;
                                    }[];
                                };
                                script: {
                                    words: number;
                                    seconds: number;
                                    scenes: {
                                        words: number;
                                        seconds: number;
                                    }[];
                                    warnings: string[];
                                };
                                trail: {
                                    position: number;
                                    core: boolean;
                                    note: string;
                                    stage: {
                                        id: string;
                                        name: string;
                                    };
                                    category: {
                                        id: string;
                                        name: string;
                                    };
                                    feature: {
                                        id: string;
                                        name: string;
                                    } | null;
                                    /** @description An open or requested flag touches this step */
                                    flagged: boolean;
                                }[];
                                flags: {
                                    id: string;
                                    demo: {
                                        id: string;
                                        name: string;
                                    };
                                    release: {
                                        id: string;
                                        version: string;
                                    };
                                    score: number;
                                    reasons: string[];
                                    /** @enum {string} */
                                    state: "open" | "quiet" | "dismissed" | "requested" | "resolved";
                                    dismissReason: string | null;
                                    request: {
                                        id: string;
                                        number: number;
                                        state: string;
                                    } | null;
                                    flaggedSteps: number[];
                                    createdAt: string;
                                    resolvedAt: string | null;
                                }[];
                                derivedFrom: {
                                    id: string;
                                    name: string;
                                } | null;
                                derivatives: {
                                    id: string;
                                    name: string;
                                }[];
                                personaOverrideReason: string | null;
                            };
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flags/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a freshness flag with a reason
         * @description Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Dismissed */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/flags/{id}/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Turn a freshness flag into a demo-update request, or add it to the open one
         * @description Creates a request of kind demo_update carrying the flag’s reasons (201); no requesting team’s budget pays. A demo has one open update request at a time: while one is open, the flag is added to it (200, attached: true).
         *
         *     Access: admin, tmm, requester.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The flag was added to the demo’s open update request */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @description True when the flag joined the demo’s open update request */
                            attached: boolean;
                        };
                    };
                };
                /** @description A new update request */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: number;
                            /** @description True when the flag joined the demo’s open update request */
                            attached: boolean;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outgoing webhooks (Slack-compatible JSON)
         * @description Access: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Webhooks */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            webhooks: {
                                id: string;
                                name: string;
                                url: string;
                                events: ("request.created" | "request.transitioned" | "request.overdue")[];
                                active: boolean;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an outgoing webhook
         * @description The answer carries the webhook's signing secret, the only time it is shown. Every delivery is signed with the webhook’s secret: X-Showcase-Timestamp is the send time in Unix seconds and X-Showcase-Signature is "v1=" followed by the hex HMAC-SHA256, keyed with the secret, of the timestamp, a dot and the raw request body ("<timestamp>.<body>"). Recompute it, compare in constant time and refuse timestamps more than five minutes old. X-Showcase-Delivery is the same on every retry of one event. The URL may not point at a loopback, link-local or private address unless its host is on the allowed hosts list; redirects are never followed.
         *
         *     Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /** @description http(s) address to post to. Loopback, link-local and private addresses are refused unless the host is on the allowed hosts list */
                        url: string;
                        events: ("request.created" | "request.transitioned" | "request.overdue")[];
                    };
                };
            };
            responses: {
                /** @description Created, with its signing secret */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            url: string;
                            events: ("request.created" | "request.transitioned" | "request.overdue")[];
                            active: boolean;
                            /** @description The signing secret. Shown only in this answer: store it in the receiver now. */
                            secret: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/webhooks/allowed-hosts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Hosts webhooks may reach although they resolve to private addresses
         * @description Webhooks refuse loopback, link-local, private, unspecified, multicast and reserved addresses (and IPv6 forms of them), at save time and again at each delivery. A host on this list (an internal Slack proxy) is let through.
         *
         *     Access: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The allowed hosts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Hosts webhooks may reach even though they resolve to loopback, link-local or private addresses */
                            hosts: string[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        /**
         * Replace the hosts webhooks may reach although they resolve to private addresses
         * @description Access: admin.
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        hosts: string[];
                    };
                };
            };
            responses: {
                /** @description The allowed hosts */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description Hosts webhooks may reach even though they resolve to loopback, link-local or private addresses */
                            hosts: string[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/webhooks/{id}/secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a webhook a new signing secret
         * @description The old secret stops working at once; the answer carries the new one, the only time it is shown. Every delivery is signed with the webhook’s secret: X-Showcase-Timestamp is the send time in Unix seconds and X-Showcase-Signature is "v1=" followed by the hex HMAC-SHA256, keyed with the secret, of the timestamp, a dot and the raw request body ("<timestamp>.<body>"). Recompute it, compare in constant time and refuse timestamps more than five minutes old. X-Showcase-Delivery is the same on every retry of one event.
         *
         *     Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The webhook with its new secret */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            url: string;
                            events: ("request.created" | "request.transitioned" | "request.overdue")[];
                            active: boolean;
                            /** @description The signing secret. Shown only in this answer: store it in the receiver now. */
                            secret: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a webhook and its delivery log
         * @description Access: admin.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Deleted */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /**
         * Change, pause or resume a webhook
         * @description Access: admin.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        url?: string;
                        events?: ("request.created" | "request.transitioned" | "request.overdue")[];
                        active?: boolean;
                    };
                };
            };
            responses: {
                /** @description Updated */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                            url: string;
                            events: ("request.created" | "request.transitioned" | "request.overdue")[];
                            active: boolean;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/settings/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Delivery log: each event, its attempts and the last answer
         * @description Access: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Newest first */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            deliveries: {
                                id: string;
                                event: string;
                                /** @enum {string} */
                                status: "pending" | "delivered" | "failed";
                                attempts: number;
                                lastStatusCode: number | null;
                                lastError: string | null;
                                createdAt: string;
                                nextAttemptAt: string;
                                deliveredAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/jobs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Background jobs: schedules, recent runs, next due, failures
         * @description Access: admin.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Every job kind and the failed jobs */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kinds: {
                                /** @description Key of the job kind, for the run-now route */
                                kind: string;
                                name: string;
                                description: string;
                                /** @description How often it runs, in words; null when only on demand */
                                schedule: string | null;
                                running: boolean;
                                nextDueAt: string | null;
                                lastRun: {
                                    id: string;
                                    /** @description The job this run was an attempt of */
                                    jobId: string;
                                    /** @description 1 for the first attempt, counting retries */
                                    attempt: number;
                                    /** @enum {string} */
                                    outcome: "running" | "succeeded" | "failed";
                                    startedAt: string;
                                    finishedAt: string | null;
                                    durationMs: number | null;
                                    /** @description Why the attempt failed */
                                    error: string | null;
                                    /** @description What the attempt did, in words */
                                    summary: string | null;
                                } | null;
                                /** @description Newest first */
                                recentRuns: {
                                    id: string;
                                    /** @description The job this run was an attempt of */
                                    jobId: string;
                                    /** @description 1 for the first attempt, counting retries */
                                    attempt: number;
                                    /** @enum {string} */
                                    outcome: "running" | "succeeded" | "failed";
                                    startedAt: string;
                                    finishedAt: string | null;
                                    durationMs: number | null;
                                    /** @description Why the attempt failed */
                                    error: string | null;
                                    /** @description What the attempt did, in words */
                                    summary: string | null;
                                }[];
                            }[];
                            /** @description Jobs that used up their attempts, newest first */
                            failures: {
                                id: string;
                                kind: string;
                                name: string;
                                attempts: number;
                                error: string | null;
                                failedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/jobs/{kind}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a kind of background job now
         * @description Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Job kind key */
                    kind: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued; the runner starts it within seconds */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            runAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/jobs/failures/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry a failed background job
         * @description Access: admin.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Job id */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Queued again, due now */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            kind: string;
                            runAt: string;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an import in the background
         * @description Library files (CSV, GitLab resources.yml or webcasts.yml) or a release (as `POST /api/releases/import` takes it; needs the demos.edit permission). Stores the input and answers at once with the import; it runs on the job runner. Poll `GET /api/imports/{id}` for its progress and, when it has finished, its report. A failed import stores nothing.
         *
         *     Access: admin, tmm.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * @description What the file is
                         * @enum {string}
                         */
                        kind: "csv" | "gitlab-resources" | "gitlab-webcasts";
                        /** @description The whole file as text */
                        content: string;
                        /** @description Shown in the import history */
                        fileName?: string;
                        /**
                         * @description Check every entry, store nothing
                         * @default false
                         */
                        dryRun?: boolean;
                    } | {
                        /** @enum {string} */
                        kind: "release";
                        /** @description The release, as `POST /api/releases/import` takes it */
                        release: {
                            /**
                             * @description gitlab: one YAML file per release-post item; json: {changes:[…]}; csv: name,significance,stage,categories,tiers,description,documentation_link
                             * @enum {string}
                             */
                            format: "gitlab" | "json" | "csv";
                            version: string;
                            /** Format: date */
                            releasedOn?: string;
                            files: {
                                name: string;
                                content: string;
                            }[];
                            /** @default false */
                            dryRun?: boolean;
                            /**
                             * @description A version already imported is replaced only when this is true (a dry run says what it would replace)
                             * @default false
                             */
                            replace?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Queued */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "csv" | "gitlab-resources" | "gitlab-webcasts" | "release";
                            fileName: string | null;
                            dryRun: boolean;
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed";
                            /** @description What a running import is doing, in words */
                            phase: string | null;
                            /** @description Entries (or changes) processed so far in this phase */
                            done: number;
                            /** @description Entries in the file (or changes in the release), once read */
                            total: number | null;
                            /** @description The report, once the import has finished: a library report, or a release import result */
                            result: {
                                dryRun: boolean;
                                counts: {
                                    create: number;
                                    update: number;
                                    unchanged: number;
                                    reject: number;
                                };
                                outcomes: {
                                    row: number;
                                    /** @enum {string} */
                                    action: "create" | "update" | "unchanged" | "reject";
                                    title: string;
                                    id?: string;
                                    /** @description Why a row is rejected, or values that were not recognised */
                                    problems: string[];
                                }[];
                            } | {
                                dryRun: boolean;
                                release: {
                                    id: string;
                                    version: string;
                                    releasedOn: string | null;
                                    source: string;
                                    changeCount: number;
                                    flags: {
                                        raised: number;
                                        quiet: number;
                                    };
                                    createdAt: string;
                                } | null;
                                /** @description The stored release of this version that the import replaces (or would, in a dry run) */
                                replaces: {
                                    version: string;
                                    changes: number;
                                } | null;
                                changes: number;
                                files: {
                                    file: string;
                                    /** @description Changes taken from the file */
                                    imported: number;
                                    skipped: {
                                        what: string;
                                        reason: string;
                                    }[];
                                    /** @description Why the whole file could not be read */
                                    error: string | null;
                                }[];
                                flags: {
                                    raised: number;
                                    quiet: number;
                                };
                                /** @description The demos this release raised flags on, highest score first */
                                flagged: {
                                    demoId: string;
                                    title: string;
                                    score: number;
                                }[];
                            } | null;
                            /** @description Why the import failed; nothing was stored then */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import: its progress, and its report once finished
         * @description Access: admin, tmm.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description Record id (UUID) */
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The import */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "csv" | "gitlab-resources" | "gitlab-webcasts" | "release";
                            fileName: string | null;
                            dryRun: boolean;
                            /** @enum {string} */
                            state: "queued" | "running" | "succeeded" | "failed";
                            /** @description What a running import is doing, in words */
                            phase: string | null;
                            /** @description Entries (or changes) processed so far in this phase */
                            done: number;
                            /** @description Entries in the file (or changes in the release), once read */
                            total: number | null;
                            /** @description The report, once the import has finished: a library report, or a release import result */
                            result: {
                                dryRun: boolean;
                                counts: {
                                    create: number;
                                    update: number;
                                    unchanged: number;
                                    reject: number;
                                };
                                outcomes: {
                                    row: number;
                                    /** @enum {string} */
                                    action: "create" | "update" | "unchanged" | "reject";
                                    title: string;
                                    id?: string;
                                    /** @description Why a row is rejected, or values that were not recognised */
                                    problems: string[];
                                }[];
                            } | {
                                dryRun: boolean;
                                release: {
                                    id: string;
                                    version: string;
                                    releasedOn: string | null;
                                    source: string;
                                    changeCount: number;
                                    flags: {
                                        raised: number;
                                        quiet: number;
                                    };
                                    createdAt: string;
                                } | null;
                                /** @description The stored release of this version that the import replaces (or would, in a dry run) */
                                replaces: {
                                    version: string;
                                    changes: number;
                                } | null;
                                changes: number;
                                files: {
                                    file: string;
                                    /** @description Changes taken from the file */
                                    imported: number;
                                    skipped: {
                                        what: string;
                                        reason: string;
                                    }[];
                                    /** @description Why the whole file could not be read */
                                    error: string | null;
                                }[];
                                flags: {
                                    raised: number;
                                    quiet: number;
                                };
                                /** @description The demos this release raised flags on, highest score first */
                                flagged: {
                                    demoId: string;
                                    title: string;
                                    score: number;
                                }[];
                            } | null;
                            /** @description Why the import failed; nothing was stored then */
                            error: string | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
                /** @description Malformed request */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Not signed in */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Role may not do this, or CSRF token missing */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description No such record */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Conflicts with a stored record, or in use */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Invalid fields */
                422: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
                /** @description Too many attempts */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description Stable machine-readable code */
                                code: string;
                                /** @description What went wrong, for people */
                                message: string;
                                /** @description Each bad field and what is wrong with it */
                                fields?: {
                                    [key: string]: string;
                                };
                                /** @description Quote this when reporting a problem */
                                requestId: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
