using System.Net;
using Pipeline.Sources.Feeds;

namespace Pipeline.Tests.Sources.Feeds;

/// <summary>fetch.allowed_hosts: names, addresses and networks, and what is not one of them.</summary>
public sealed class AllowedHostsTests
{
    private static readonly AllowedHosts Intranet = AllowedHosts.Parse(["wiki.intranet.example", "10.1.2.3", "192.168.0.0/16", "[fd00::5]"]);

    [Fact]
    public void Names_match_whatever_their_case_and_only_themselves()
    {
        Assert.True(Intranet.Allows("WIKI.intranet.example"));
        Assert.False(Intranet.Allows("intranet.example"));
        Assert.False(Intranet.Allows("wiki.intranet.example.evil.example"));
    }

    [Fact]
    public void Addresses_and_networks_match_the_addresses_they_cover_in_any_form()
    {
        Assert.True(Intranet.Allows(IPAddress.Parse("10.1.2.3")));
        Assert.True(Intranet.Allows(IPAddress.Parse("::ffff:10.1.2.3")));
        Assert.True(Intranet.Allows(IPAddress.Parse("192.168.44.1")));
        Assert.True(Intranet.Allows(IPAddress.Parse("fd00::5")));
        Assert.False(Intranet.Allows(IPAddress.Parse("10.1.2.4")));
        Assert.False(AllowedHosts.None.Allows(IPAddress.Loopback));
    }

    [Theory]
    [InlineData("http://wiki.example/")]
    [InlineData("10.0.0.1/8")]
    [InlineData("bad host")]
    public void An_entry_that_is_not_a_host_is_an_error_naming_it(string entry)
    {
        var error = Assert.Throws<FormatException>(() => AllowedHosts.Parse([entry]));

        Assert.Equal($"'{entry}' is not a host name, an address or a network (address/prefix)", error.Message);
    }
}
