// Tea, as ../shared/alibaba-sdk-api.md §3.1 records it.
#nullable disable
using System;
using System.Collections.Generic;

namespace Tea
{
    public class TeaModel { }
}
