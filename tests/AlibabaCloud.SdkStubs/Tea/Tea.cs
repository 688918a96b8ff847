// Tea, as ../shared/alibaba-sdk-api.md §3.1 records it.
#nullable disable
using System;
using System.Collections.Generic;

namespace Tea
{
    public class TeaModel { }

    public class TeaRequest
    {
        public string Protocol { get; set; }
        public string Method { get; set; }
        public string Pathname { get; set; }
        public Dictionary<string, string> Headers { get; set; }
        public Dictionary<string, string> Query { get; set; }
    }
}
