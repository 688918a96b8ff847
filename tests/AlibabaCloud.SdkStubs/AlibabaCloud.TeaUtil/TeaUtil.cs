// AlibabaCloud.TeaUtil 0.1.20, as ../shared/alibaba-sdk-api.md §3.3 records it.
#nullable disable
using System;
using System.Collections.Generic;

namespace AlibabaCloud.TeaUtil.Models
{
    public class ExtendsParameters : Tea.TeaModel { }

    public class RuntimeOptions : Tea.TeaModel
    {
        public bool? Autoretry { get; set; }
        public bool? IgnoreSSL { get; set; }
        public string Key { get; set; }
        public string Cert { get; set; }
        public string Ca { get; set; }
        public int? MaxAttempts { get; set; }
        public string BackoffPolicy { get; set; }
        public int? BackoffPeriod { get; set; }
        public int? ReadTimeout { get; set; }
        public int? ConnectTimeout { get; set; }
        public string LocalAddr { get; set; }
        public string HttpProxy { get; set; }
        public string HttpsProxy { get; set; }
        public string NoProxy { get; set; }
        public int? MaxIdleConns { get; set; }
        public string Socks5Proxy { get; set; }
        public string Socks5NetWork { get; set; }
        public bool? KeepAlive { get; set; }
        public ExtendsParameters ExtendsParameters { get; set; }
    }
}
