using System.Net;
using Pipeline.App.Web;

namespace Pipeline.Web.Tests;

public sealed class ServedHostsTests
{
    [Fact]
    public void An_address_of_its_own_is_answered_with_the_loopback_names_and_the_configured_ones()
    {
        var hosts = ServedHosts.Of("http://192.0.2.7:5080", ["pipeline.lab"]);

        Assert.Equal(["localhost", "127.0.0.1", "[::1]", "192.0.2.7", "pipeline.lab"], hosts);
    }

    [Fact]
    public void Every_interface_stands_for_this_machine_s_name_and_addresses_but_never_for_any_name()
    {
        var hosts = ServedHosts.Of("http://0.0.0.0:0", []);

        Assert.Contains(Dns.GetHostName(), hosts);
        Assert.DoesNotContain("*", hosts);
        Assert.DoesNotContain("0.0.0.0", hosts);
    }

    [Fact]
    public void Allowed_hosts_are_read_from_web_yaml()
    {
        var config = Directory.CreateTempSubdirectory("pipeline-web-config-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(config, WebOptions.FileName), "allowed_hosts:\n  - pipeline.lab\n  - ' intranet.example '\n");

            Assert.Equal(["pipeline.lab", "intranet.example"], WebOptions.Load(config).AllowedHosts);
        }
        finally
        {
            Directory.Delete(config, recursive: true);
        }
    }
}
