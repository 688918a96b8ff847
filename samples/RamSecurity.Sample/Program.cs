using RamSecurity.Sample.Configuration;
using RamSecurity.Sample.Credentials;
using RamSecurity.Sample.Storage;
using RamSecurity.Sample.Sts;

// An order-export service that uploads reports to OSS and calls other Alibaba Cloud APIs.
// The classes below show the mistakes RamSecurity.Analyzers reports, each next to the compliant way.
Console.WriteLine("Order export sample");

var uploader = new ReportUploader();
var apiConfig = AlibabaCloudSettings.CreateOpenApiConfig();
var session = TemporarySession.CreateProvider();
var settings = new LegacySettings();

Console.WriteLine($"{uploader.GetType().Name}, {apiConfig.RegionId}, {session.GetType().Name}, {settings.Region}");
