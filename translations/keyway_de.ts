<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppPaths</name>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthCommands</name>
    <message>
        <source>Kind:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header:        %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query:         %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic:         %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorize URL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token URL:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token body:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token header:  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter:     %1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token path:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;auth %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyway-cli auth COMMAND ENV [options]

How requests to ENV are authenticated. Templates may use {{variables}} and {{secret.NAME}}.

Commands:
  static ENV --header &apos;NAME: TEMPLATE&apos;... [--query NAME=TEMPLATE]... [--basic-user T --basic-password T]
  oauth2 ENV --authorize-url URL --token-url URL --client-id ID [--scope &apos;a b&apos;] [--token-body form|json]
             [--param K=V]... [--prompt-consent]
  client-credentials ENV --token-url URL --client-id ID [--client-auth basic|body] [--scope &apos;a b&apos;]
             [--token-body form|json] [--param K=V]...
  token-exchange ENV --token-url URL [--header &apos;NAME: TEMPLATE&apos;]... [--param K=V]... [--token-path a.b]
             [--expires-path a.b] [--lifetime SECONDS] [--token-body form|json]
  none ENV    Send no credentials
  show ENV    Show the auth setting

A client secret, when there is one, is the secret &apos;client_secret&apos;: keyway-cli secret set ENV client_secret
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set how requests to ENV are authenticated (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header template &apos;NAME: TEMPLATE&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query template NAME=TEMPLATE (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic user name template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic password template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>form (default) or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basic (default) or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra token parameter K=V (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path of the token (default access_token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON path of the lifetime (default expires_in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime in seconds when the server does not say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for consent every time (some servers need it for refresh tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes &apos;NAME: TEMPLATE&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes NAME=TEMPLATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the %1 header holds a literal value, which is stored in plain text; use {{secret.NAME}} and keyway-cli secret set instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;auth static&apos; needs at least one --header, --query or --basic-user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-body must be form or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--client-auth must be basic or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lifetime must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --token-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --authorize-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs --client-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication of &apos;%1&apos; is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with: keyway-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the client secret with: keyway-cli secret set %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show how requests to ENV are authenticated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;auth show&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>%1 needs a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyway-cli [--workspace DIR] COMMAND ...

Keyway&apos;s command-line twin: environments, company IDs and keychain-held secrets.

Global options:
  -w, --workspace DIR  Workspace folder (default: $KEYWAY_WORKSPACE, or
                       %1)
  -h, --help           Show this help; &apos;keyway-cli COMMAND --help&apos; for a command
  -v, --version        Show the version

Commands:
  workspace init DIR | show
  env add | list | show | edit | set | unset | company | rm
  secret set | list | rm
  auth static | oauth2 | client-credentials | token-exchange | none | show
  login ENV | logout ENV | token ENV
  send ENV METHOD PATH-OR-URL [-H &apos;K: V&apos;] [-d BODY] [--show-headers] [--json]
  sandbox [--port N]     Run the embedded demo API and OAuth server

Exit codes: 0 ok, 1 failed or HTTP error status, 2 usage, 3 sign-in needed or
authentication failed, 4 network or TLS error, 5 secure storage unavailable,
6 workspace problem, 7 not found.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;keyway-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are none yet; add one with &apos;keyway-cli env add&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no environment &apos;%1&apos; in this workspace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one with: keyway-cli workspace init DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;keyway-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;keyway-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing is stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain could not be used%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain reported an error%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(keychain unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContentDecoder</name>
    <message>
        <source>cannot start decompression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the compressed body is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body expands to more than %1 MiB; refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server used Content-Encoding &apos;%1&apos;, which Keyway did not ask for</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>Keyway sandbox demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnvCommands</name>
    <message>
        <source>sandbox or production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL, e.g. https://api.example.com/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;env %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyway-cli env COMMAND

Commands:
  add ENV --kind sandbox|production --base-url URL   Add an environment
  list                                             List environments
  show ENV                                         Show one environment (secrets masked)
  edit ENV [--kind KIND] [--base-url URL]          Change kind or base URL
  set ENV NAME=VALUE...                            Set plain variables
  unset ENV NAME...                                Remove plain variables
  company ENV --add ID | --remove ID | --use ID | --header NAME
                                                   Manage company IDs and their header
  rm ENV                                           Delete an environment and its secrets
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an environment to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name, e.g. sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env add&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env add&apos; needs --kind and --base-url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind must be &apos;sandbox&apos; or &apos;production&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 environment &apos;%2&apos; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the workspace&apos;s environments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environments yet. Add one with: keyway-cli env add ENV --kind sandbox --base-url URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an environment; secret values are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env show&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company header: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company IDs:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change an environment&apos;s kind or base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow plain http:// to hosts other than this machine (credentials travel unencrypted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse plain http:// again (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env edit&apos; takes one environment name and --kind, --base-url, --allow-insecure-http or --no-insecure-http</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--allow-insecure-http and --no-insecure-http contradict each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated environment &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set plain (non-secret) variables. Values may use {{other}} variables.
Secrets belong in the keychain: use &apos;keyway-cli secret set&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more assignments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env set&apos; takes an environment name and at least one NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>argument %1 after the environment name is not NAME=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: &apos;%1&apos; is stored in plain text in %2; if it is a secret, use &apos;keyway-cli secret set %3 %1&apos; instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Set %n variable(s) in &apos;%1&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remove plain variables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variables to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env unset&apos; takes an environment name and at least one variable name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no variable &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n variable(s) from &apos;%1&apos;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Manage the company (tenant) IDs of an environment. The selected ID is sent in the company header with every request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a company ID (selected if it is the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a company ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the company ID to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header that carries it (default X-Company-Id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env company&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env company&apos; takes exactly one of --add, --remove, --use, --header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company ID &apos;%1&apos; is already in &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added company ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no company ID &apos;%2&apos; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now sending company ID &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed company ID &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company IDs are now sent in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete an environment&apos;s file and its secrets in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;env rm&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted environment &apos;%1&apos; and %n secret(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorReport</name>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  (%n error(s) in this response; the first is shown)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  Hint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  Retry after: %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>request id %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinalRequestBuilder</name>
    <message>
        <source>cannot read the body file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the URL must not contain a user name or password; use Basic authentication with secrets instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of header &apos;%1&apos; contains a line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access token: sign in first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryStore</name>
    <message>
        <source>The history database %1 was damaged; it was moved to %2 and a new one was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open history %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history %1 failed its integrity check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history %1 has an unexpected layout: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history is not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot clear history: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>%1: field &quot;%2&quot; %3 (the file was left unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>%1: missing or invalid &quot;schemaVersion&quot; (expected a whole number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Keyway (schema version %2; this version reads up to %3). The file was left unchanged; update Keyway to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 (the file was left unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>Secret Service (system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s); it may be waiting for an unlock prompt</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MemorySecretStore</name>
    <message>
        <source>memory (tests only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelJson</name>
    <message>
        <source>is &apos;%1&apos; but the file is named &apos;%2.json&apos;; rename one to match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is required for this kind of authentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;form&quot; or &quot;json&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none, static, oauth2, client-credentials or token-exchange, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;basic&quot; or &quot;body&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;sandbox&quot; or &quot;production&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names &apos;%1&apos;, which is not in the list of IDs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be &quot;raw&quot;, &quot;form&quot; or &quot;file&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>%1 name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; is longer than %3 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 name &apos;%2&apos; may use only letters, digits, space, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, and must start with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; is built in: it comes from the environment&apos;s %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variable name &apos;%1&apos; must start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret name &apos;%1&apos; must start with a letter or &apos;_&apos; and use only letters, digits, &apos;_&apos; and &apos;-&apos; (at most %2 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid HTTP header name (letters, digits and !#$%&amp;&apos;*+.^_`|~- only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company ID is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company ID &apos;%1&apos; must be visible ASCII without spaces (it is sent as a header value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not an absolute URL such as https://api.example.com/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must start with https:// or http://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; has no host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain a user name or password; keep credentials in a secret instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; must not contain a &apos;#&apos; fragment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedirectPolicy</name>
    <message>
        <source>&apos;%1&apos; is not an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing plain http:// to %1: credentials and data would travel unencrypted. Use https://, or allow it for this environment (keyway-cli env edit ENV --allow-insecure-http)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped after %1 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusing a redirect from HTTPS to %1: it would leave an encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SandboxCommand</name>
    <message>
        <source>Run Keyway&apos;s embedded sandbox API and OAuth server on 127.0.0.1 until interrupted (Ctrl+C).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifetime of issued access tokens in seconds (default 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-lifetime must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway sandbox listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API (BigLedger style):  %1/v1/accounts, /v1/invoices, /v1/auth/verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  sandbox API key:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  production API key:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  company ID:           %1 (header X-Company-Id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OAuth2 (code + PKCE):   %1/oauth/authorize, %1/oauth/token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  public client:        %1 (redirect http://127.0.0.1:PORT/callback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  client credentials:   %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  scopes:               %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token exchange:         %1/token with Authorization: Basic %2, basiq-version: 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X-Auth-Token API:       %1/stores/%2/v3/catalog/products with X-Auth-Token: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are demo credentials for this local sandbox only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>unknown command &apos;secret %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyway-cli secret COMMAND

Secret values live only in the system keychain. Use them in requests as {{secret.NAME}}.

Commands:
  set ENV NAME    Store a value read from standard input (or a hidden prompt)
  list ENV        List secret names with masked values
  rm ENV NAME     Delete a secret from the keychain and the environment
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store a secret in the system keychain. The value is read from standard input, or from a hidden prompt on a terminal; it is never taken from the command line.

Example: keyway-cli secret set sandbox api_key &lt; key.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name, used as {{secret.NAME}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;secret set&apos; takes an environment and a secret name; the value comes from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value for %1 in %2 (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storing secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored secret &apos;%1&apos; for &apos;%2&apos; in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an environment&apos;s secrets with masked values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;secret list&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no secrets. Add one with: keyway-cli secret set %1 NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a secret from the keychain and from the environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;secret rm&apos; takes an environment and a secret name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no secret &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleting secret &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted secret &apos;%1&apos; from &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>no value entered; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value on standard input is larger than %1 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input was empty; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value on standard input has more than one line; a secret is one line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecureStorageStatus</name>
    <message>
        <source>Secure storage: checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage: ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage unavailable: no D-Bus session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage unavailable: no Secret Service provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage unavailable: no default keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage denied access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure storage failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway is checking the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain (Secret Service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is unset or unreachable), so the system keychain cannot be reached. Run Keyway inside your desktop session, or start one with &apos;dbus-run-session&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program provides the Secret Service (org.freedesktop.secrets) on the D-Bus session. Install and start GNOME Keyring (package gnome-keyring), KeePassXC with Secret Service integration, or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service has no default keyring yet. Create one (for example in &apos;Passwords and Keys&apos;), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default keyring is locked. Unlock it (log in to your desktop session, or open &apos;Passwords and Keys&apos;), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service refused access to the keyring. Allow Keyway in your keychain&apos;s prompt or settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Secret Service did not work as expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(It said: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendCommand</name>
    <message>
        <source>cannot read the body from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send a request with ENV&apos;s base URL, company ID and authentication, and print the response. PATH-OR-URL is a path under the base URL or a full URL; {{variables}} work everywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET, POST, PUT, PATCH, DELETE, HEAD or OPTIONS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. /accounts or https://api.example.com/v1/accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header &apos;Name: value&apos; (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body, or @file, or @- for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the exact request first (secrets masked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --show-headers: print secret values unmasked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print request and response as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the answer (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;send&apos; takes ENV, METHOD and PATH-OR-URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown method &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-H takes &apos;Name: value&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>Environment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes exactly one environment name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to ENV: opens your browser for OAuth consent (or runs the client credentials / token exchange grant) and stores the tokens in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout must be a positive number of seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your browser to sign in. If it does not open, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your browser… (Ctrl+C to cancel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in timed out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token expires in %1 (at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses %2 authentication, which has no sign-in or tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with: keyway-cli login %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of ENV: removes its tokens from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing the tokens of &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;; its tokens were removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a fresh access token for ENV on standard output (refreshing it if needed), for use in scripts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemBrowserLauncher</name>
    <message>
        <source>could not start the browser (%1); open the sign-in address by hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenEndpoint</name>
    <message>
        <source>token URL &apos;%1&apos; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token endpoint answered HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response has no token at &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VariableExpander</name>
    <message>
        <source>&apos;{{&apos; at column %1 of %2 is never closed with &apos;}}&apos; (write &apos;\{{&apos; for a literal &apos;{{&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{{%1}}&apos; in %2 is not a variable reference (write &apos;\{{&apos; for a literal &apos;{{&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variables refer to each other in a cycle: %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (used in %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no base URL for {{baseUrl}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment &apos;%1&apos; has no company ID selected for {{companyId}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown variable &apos;%1&apos;: environment &apos;%2&apos; does not define it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown secret &apos;%1&apos; in %2: environment &apos;%3&apos; has no such secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; used in %2 has no value in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>unknown command &apos;workspace %1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keyway-cli workspace COMMAND

Commands:
  init DIR [--name NAME]  Create a workspace folder (keep it in git if you like)
  show                    Show the workspace&apos;s name, id, folder and contents
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a Keyway workspace in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the workspace (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name (default: the folder name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;workspace init&apos; takes exactly one folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace &apos;%1&apos; in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the current workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID:           %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environments: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests:     %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspaceStore</name>
    <message>
        <source>%1 is already a Keyway workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no workspace folder at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Keyway workspace (it has no %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no environment &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder &apos;%1&apos; may use only letters, digits, space, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; and must start with a letter or digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no saved request &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::AuthorizationCodeLogin</name>
    <message numerus="yes">
        <source>no answer from the browser within %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; has no value in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1 for the browser&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the browser&apos;s answer does not belong to this sign-in (state mismatch); nothing was exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer did not come from the expected server (issuer mismatch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has neither a code nor an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signed in, but the tokens could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::EnvironmentSession</name>
    <message>
        <source>no environment is selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no company ID &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no value in the keychain for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an environment first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::HttpExchange</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS error with %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::LoopbackReceiver</name>
    <message>
        <source>Keyway stopped waiting for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not part of the sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyway already received an answer for this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in — you can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::SendJob</name>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; of &apos;%2&apos; has no value in the keychain; set it with: keyway-cli secret set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this environment signs in with tokens, but no token broker was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::TokenBroker</name>
    <message>
        <source>cannot read the tokens from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session for &apos;%1&apos; has expired; sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not signed in to &apos;%1&apos;; sign in first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read secrets from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret &apos;%1&apos; of &apos;%2&apos; has no value in the keychain; set it with: keyway-cli secret set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client credentials need a client secret; set it with: keyway-cli secret set %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed for &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot store the new tokens in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::AuthChip</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser did not open, visit:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in — token expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in — token expired, refreshes on the next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted scopes: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::EnvironmentBar</name>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent in the %1 header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ErrorCard</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the error code, message and request id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Retry after %n second(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyway::ui::HeaderTableModel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::HistoryModel</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::HistoryPanel</name>
    <message>
        <source>Search URL, method, status, environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved request and response in the history is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::LargeTextView</name>
    <message numerus="yes">
        <source> … %n line(s) %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Copy Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfold All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::MainWindow</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reload Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Local &amp;Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox running on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo keys could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved request • </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The open request has unsaved changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request name (folder/name for a collection):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A request named &apos;%1&apos; already exists there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1” — Ctrl+Z restores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Keyway workspace (it has no %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Keyway %1&lt;/h3&gt;&lt;p&gt;API explorer and key manager. Secrets stay in your system keychain.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Keyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::PreviewModel</name>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this value for 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ProductionBanner</name>
    <message>
        <source>PRODUCTION — %1 — requests change live data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestComposer</name>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/path under the base URL, or a full URL; {{variables}} allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameters of the URL; {{variables}} allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inherit from the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No authentication for this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers for this request instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {{secret.NAME}} for keys; they are filled in only when sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment&apos;s credentials (API key, sign-in) are used unless this request opts out or brings its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form (url-encoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body; JSON is checked as you type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose bytes are the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::RequestPane</name>
    <message>
        <source>Request as it will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exactly what will be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 looks like a key for the other kind of environment (check sandbox vs production)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to production?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 will change live data in the production environment &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose an environment first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseHeadersModel</name>
    <message>
        <source>Header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::ResponseView</name>
    <message>
        <source>No response yet. Send with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for this response (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pretty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in body (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3 ms · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary content, %1. The first bytes:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Binary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Response Body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::TemplateLineEdit</name>
    <message>
        <source>Not defined in this environment: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspacePanel</name>
    <message>
        <source>Filter environments and requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace could not be opened:

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyway::ui::WorkspaceTreeModel</name>
    <message>
        <source>Environments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Keyway: API explorer and key manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local sandbox: a demo API and OAuth server inside Keyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Keyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the local sandbox? Keyway starts a demo API inside the app, with sample requests, a demo key in your keychain and an OAuth sign-in you can approve in your browser. Nothing leaves this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Local Sandbox</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
