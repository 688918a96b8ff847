// AlibabaCloud.OpenApiUtil 1.1.4, the signing helpers that take a secret (../shared/alibaba-sdk-api.md §8.9).
#nullable disable
using System.Collections.Generic;

namespace AlibabaCloud.OpenApiUtil
{
    public class Client
    {
        public static string GetROASignature(string stringToSign, string secret) => throw null;
        public static string GetRPCSignature(Dictionary<string, string> signedParams, string method, string secret) => throw null;
        public static string GetAuthorization(Tea.TeaRequest request, string signatureAlgorithm, string payload, string acesskey, string accessKeySecret) => throw null;
    }
}
