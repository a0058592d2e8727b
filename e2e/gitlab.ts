/** The secret GitLab intake expects in X-Gitlab-Token while the browser tests run (playwright.config.ts sets it). */
export const GITLAB_TOKEN = 'e2e-gitlab-webhook-token';
