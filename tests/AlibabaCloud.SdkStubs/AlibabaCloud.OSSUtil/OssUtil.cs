// AlibabaCloud.OSSUtil 0.0.3, the runtime options the Tea-based OSS SDK takes (../shared/alibaba-sdk-api.md §8.2).
#nullable disable

namespace AlibabaCloud.OSSUtil.Models
{
    public class RuntimeOptions : Tea.TeaModel
    {
        public bool? Autoretry { get; set; }
        public int? MaxAttempts { get; set; }
        public int? ReadTimeout { get; set; }
        public int? ConnectTimeout { get; set; }
    }
}
