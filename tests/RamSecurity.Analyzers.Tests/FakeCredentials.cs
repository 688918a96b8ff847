namespace RamSecurity.Analyzers.Tests;

/// <summary>Visibly fake credentials in the real formats. Never put a real key in a test.</summary>
internal static class FakeCredentials
{
    /// <summary>"LTAI" and 20 letters and digits, the current AccessKey ID format.</summary>
    public const string AccessKeyId = "LTAI5tFakeExampleKey0001";

    /// <summary>Another ID, for tests that need two.</summary>
    public const string OtherAccessKeyId = "LTAI4GFakeExampleKey0002";

    /// <summary>30 letters and digits, the AccessKey secret format.</summary>
    public const string AccessKeySecret = "FakeExampleSecret0000000000001";

    /// <summary>"CAIS" and base64, longer than 64 characters, the STS security token format.</summary>
    public const string SecurityToken = "CAISFakeExampleSecurityTokenForUnitTests0123456789+/AbCdEfGhIjKlMnOpQrStUvWxYz==";
}
