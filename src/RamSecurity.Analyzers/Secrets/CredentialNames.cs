using System.Collections.Generic;

namespace RamSecurity.Analyzers.Secrets;

/// <summary>
/// What a name (identifier, dictionary or configuration key, connection-string key, environment variable) says of the
/// value stored under it: that it is an AccessKey secret ("AccessKeySecret", "access_key_secret",
/// "ALIBABA_CLOUD_ACCESS_KEY_SECRET", "Aliyun:AccessSecret", "akSecret", "SecretKey", "secret"), that it is another
/// provider's or another kind of secret ("GitHubClientSecret", "JwtSecret", "WebhookSecret", "StripeApiKey",
/// "DbPassword"), or that it is something else altogether ("TemplateId", "GroupCode").
/// </summary>
internal static class CredentialNames
{
    // Words that make a secret some other kind than an AccessKey secret: OAuth and app secrets, signing keys,
    // passwords, database and session secrets.
    private static readonly HashSet<string> OtherSecretKinds = new(System.StringComparer.Ordinal)
    {
        "client", "app", "jwt", "webhook", "signing", "sign", "shared", "session", "cookie", "hmac", "api", "oauth", "oauth2", "oidc",
        "db", "database", "password", "passwd", "pwd", "passphrase", "encryption", "encrypt", "aes", "rsa", "private", "salt", "captcha",
        "recaptcha", "license", "smtp", "mail", "email", "redis", "mysql", "postgres", "mongo", "mongodb", "connection", "bot", "refresh",
        "bearer", "consumer", "payment", "merchant", "mch", "wallet", "pay",
    };

    // Other providers, whose keys are never Alibaba Cloud AccessKey secrets.
    private static readonly HashSet<string> OtherProviders = new(System.StringComparer.Ordinal)
    {
        "github", "gitlab", "bitbucket", "google", "gcp", "firebase", "azure", "microsoft", "aws", "amazon", "facebook", "meta", "twitter",
        "linkedin", "apple", "wechat", "weixin", "wx", "alipay", "stripe", "paypal", "braintree", "adyen", "twilio", "slack", "discord",
        "telegram", "sendgrid", "mailgun", "mailchimp", "tencent", "qcloud", "cos", "huawei", "baidu", "qiniu", "upyun", "jd", "dingtalk",
        "dingding", "feishu", "lark", "okta", "auth0", "sentry", "npm", "nuget", "docker", "openai", "anthropic", "cloudflare",
        "digitalocean", "heroku", "netlify", "vercel", "shopify", "zoom", "hubspot", "salesforce", "jira", "atlassian", "notion",
        "recaptcha", "hcaptcha", "geetest", "jpush", "getui", "umeng", "bytedance", "douyin", "tiktok", "kuaishou", "weibo", "qq", "netease",
    };

    // Words that say the value is Alibaba Cloud's: they win over another kind ("AliyunApiSecret" is Alibaba's).
    private static readonly HashSet<string> AlibabaWords = new(System.StringComparer.Ordinal) { "aliyun", "alibaba", "alicloud", "acs", "ram", "oss", "sts" };

    private static readonly string[] AccessKeyQualifiers = { "access", "key", "ak", "aliyun", "alibaba", "alicloud", "acs", "oss", "ram", "accesskey" };

    // Words by which a name can call its value a secret of some kind: a value named without any of them is named as
    // something else (an id, a code, a template), whatever stands beside it.
    private static readonly HashSet<string> SecretWords = new(System.StringComparer.Ordinal)
    {
        "secret", "sk", "key", "keys", "aksecret", "secretkey", "accesskeysecret", "keysecret", "accesssecret", "credential", "credentials",
        "cred", "creds", "password", "passwd", "pwd", "pass", "token",
    };

    // Names a value gets from where it is passed rather than from what it is (a parameter "value", a lambda's "s"):
    // they say nothing either way.
    private static readonly HashSet<string> NeutralNames = new(System.StringComparer.Ordinal)
    {
        "value", "val", "v", "arg", "arg0", "arg1", "arg2", "args", "item", "items", "text", "str", "s", "input", "data", "content", "param",
        "x", "y", "obj", "o", "o1", "o2", "a", "b", "p1", "p2", "element", "values", "format", "message",
    };

    /// <summary>A cheap necessary condition: every name of a secret contains "secret", in any case.</summary>
    public static bool MayNameAccessKeySecret(string text) => text.IndexOf("ecret", System.StringComparison.OrdinalIgnoreCase) >= 0;

    public static bool NamesAccessKeySecret(string? name)
    {
        if (name is null || name.Length < 6 || !MayNameAccessKeySecret(name))
        {
            return false;
        }

        var words = SplitWords(name);
        if (NamesOtherSecret(words))
        {
            return false;
        }

        var hasSecret = false;
        var hasAccessKeyQualifier = false;
        foreach (var word in words)
        {
            if (word == "secret")
            {
                hasSecret = true;
            }
            else if (word.IndexOf("secret", System.StringComparison.Ordinal) >= 0)
            {
                // One-word spellings: "accesskeysecret", "aksecret", "secretkey".
                var rest = word.Replace("secret", string.Empty);
                if (rest.Length == 0 || IsAccessKeyWord(rest))
                {
                    hasSecret = true;
                    hasAccessKeyQualifier |= rest.Length > 0;
                }
            }
            else if (IsAccessKeyWord(word))
            {
                hasAccessKeyQualifier = true;
            }
        }

        // A bare "secret" (core's DefaultProfile.GetProfile names its parameter so) counts; "secret" beside
        // an unrelated word ("secretName", "secretArn") does not.
        return hasSecret && (hasAccessKeyQualifier || words.Count == 1);
    }

    /// <summary>
    /// True when the name says the value is another provider's secret or another kind of secret ("GitHubClientSecret",
    /// "JwtSecret", "StripeApiKey", "WebhookSecret", "DbPassword"): never an AccessKey secret by its format alone.
    /// </summary>
    public static bool NamesOtherSecret(string? name) => name is not null && name.Length > 1 && NamesOtherSecret(SplitWords(name));

    /// <summary>
    /// True when the value has a name, and the name calls it something other than a secret ("TemplateId", "GroupCode",
    /// "SignName"): such a value is not a secret for standing beside an AccessKey ID. A neutral name ("value"), a name
    /// that is itself a credential, or no name at all says nothing.
    /// </summary>
    public static bool NamesSomethingElse(string? name)
    {
        if (name is null || !IsIdentifierLike(name) || AccessKeyIdFormat.TryFind(name, out _))
        {
            return false;
        }

        var words = SplitWords(name);
        if (words.Count == 0 || (words.Count == 1 && NeutralNames.Contains(words[0])))
        {
            return false;
        }

        foreach (var word in words)
        {
            if (SecretWords.Contains(word) || word.IndexOf("secret", System.StringComparison.Ordinal) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamesOtherSecret(List<string> words)
    {
        var other = false;
        foreach (var word in words)
        {
            if (AlibabaWords.Contains(word))
            {
                return false;
            }

            other |= OtherSecretKinds.Contains(word) || OtherProviders.Contains(word);
        }

        return other;
    }

    private static bool IsIdentifierLike(string name)
    {
        foreach (var c in name)
        {
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.' or ':' or '/'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsAccessKeyWord(string word) =>
        System.Array.IndexOf(AccessKeyQualifiers, word) >= 0 || word.StartsWith("accesskey", System.StringComparison.Ordinal);

    /// <summary>Lower-case words of a name: camelCase, PascalCase, snake_case, kebab-case, dotted and colon paths.</summary>
    internal static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush();
                continue;
            }

            // A word starts at an upper-case letter that follows a lower-case one, or that precedes one after a run of capitals ("OSSSecret").
            if (char.IsUpper(c) && current.Length > 0
                && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]))))
            {
                Flush();
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }
}
