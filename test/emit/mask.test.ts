import { describe, expect, it } from "vitest";
import { MASK, maskSecrets } from "../../src/emit/mask.js";

/** [line, masked] */
const MASKED: ReadonlyArray<readonly [string, string]> = [
  // box-to-box HA control protocol
  ["   authentication text sol_ha1", `   authentication text ${MASK}`],
  ["   authentication md5 key-string 7 0822455D0A16", `   authentication md5 key-string 7 ${MASK}`],
  ["   authentication md5 key-string 0 my key with spaces", `   authentication md5 key-string 0 ${MASK}`],
  // key chains
  ["  key-string 7 1511021F0725393D2B2A3D2A3B", `  key-string 7 ${MASK}`],
  ["  key-string KeyChainClear", `  key-string ${MASK}`],
  // enable and users
  [
    "enable secret 9 $9$pC7Qm2vXr1wNqE$3xvLQY0f5yJ7a6lB9M2mZcN8tR4hUeWkPq1sDg0iHoA",
    `enable secret 9 ${MASK}`,
  ],
  ["enable secret 5 $1$kan3$QsGBuVkgGDZgRlg4lSrsW1", `enable secret 5 ${MASK}`],
  ["enable secret level 15 5 $1$x$y", `enable secret level 15 5 ${MASK}`],
  ["enable password EnablePw", `enable password ${MASK}`],
  ["username cisco privilege 15 password 0 cisco", `username cisco privilege 15 password 0 ${MASK}`],
  ["username thomas secret 5 $1$abc", `username thomas secret 5 ${MASK}`],
  [
    "username bob algorithm-type scrypt secret 9 $9$abc",
    `username bob algorithm-type scrypt secret 9 ${MASK}`,
  ],
  ["username ddclient password 7 107D3D232342041E3A", `username ddclient password 7 ${MASK}`],
  ["username x password my pass phrase", `username x password ${MASK}`],
  [" password 7 05280E1D705F5A043916", ` password 7 ${MASK}`],
  [" password 1234", ` password ${MASK}`],
  // SNMP
  ["snmp-server community publicstrang RO", `snmp-server community ${MASK} RO`],
  ["snmp-server community SoMeThaNGwIErd RW 99", `snmp-server community ${MASK} RW 99`],
  ["snmp-server host 10.1.1.1 version 2c C0mmunity", `snmp-server host 10.1.1.1 version 2c ${MASK}`],
  [
    "snmp-server host 10.1.1.1 vrf Mgmt informs version 3 priv nms-user",
    `snmp-server host 10.1.1.1 vrf Mgmt informs version 3 priv ${MASK}`,
  ],
  ["snmp-server host 10.1.1.1 public", `snmp-server host 10.1.1.1 ${MASK}`],
  [
    "snmp-server user nms NMS-RO v3 auth sha AuthPass1 priv aes 128 PrivPass1",
    `snmp-server user nms NMS-RO v3 auth sha ${MASK} priv aes 128 ${MASK}`,
  ],
  // AAA servers
  [" key 7 0822455D0A16544541", ` key 7 ${MASK}`],
  [" key 0 TacKey", ` key 0 ${MASK}`],
  [" key Tac Key With Spaces", ` key ${MASK}`],
  ["tacacs-server key 7 0822455D0A16544541", `tacacs-server key 7 ${MASK}`],
  ["tacacs-server host 10.1.1.5 key ClearKey", `tacacs-server host 10.1.1.5 key ${MASK}`],
  [
    "radius-server host 10.1.1.6 auth-port 1645 acct-port 1646 key 7 045802150C2E",
    `radius-server host 10.1.1.6 auth-port 1645 acct-port 1646 key 7 ${MASK}`,
  ],
  [" server-private 10.1.1.7 key 7 045802150C2E", ` server-private 10.1.1.7 key 7 ${MASK}`],
  [" pac key 7 045802150C2E", ` pac key 7 ${MASK}`],
  // routing protocols
  [" neighbor 198.51.100.1 password BgpPw", ` neighbor 198.51.100.1 password ${MASK}`],
  [" neighbor 198.51.100.1 password 7 045802150C2E", ` neighbor 198.51.100.1 password 7 ${MASK}`],
  [" ip ospf message-digest-key 1 md5 OspfKey", ` ip ospf message-digest-key 1 md5 ${MASK}`],
  [" ip ospf message-digest-key 1 md5 7 045802150C2E", ` ip ospf message-digest-key 1 md5 7 ${MASK}`],
  [" ip ospf authentication-key 7 045802150C2E", ` ip ospf authentication-key 7 ${MASK}`],
  ["ntp authentication-key 1 md5 NtpKey 7", `ntp authentication-key 1 md5 ${MASK} 7`],
  // FHRP and NHRP
  [" standby 1 authentication cisco", ` standby 1 authentication ${MASK}`],
  [" standby 1 authentication text cisco", ` standby 1 authentication text ${MASK}`],
  [" standby 1 authentication md5 key-string 7 0822", ` standby 1 authentication md5 key-string 7 ${MASK}`],
  [" vrrp 1 authentication text VrrpKey", ` vrrp 1 authentication text ${MASK}`],
  [" ip nhrp authentication NhrpKey", ` ip nhrp authentication ${MASK}`],
  // IPsec
  [
    "crypto isakmp key REDACTEDREDACTEDREDA address 172.16.78.100",
    `crypto isakmp key ${MASK} address 172.16.78.100`,
  ],
  [
    "  pre-shared-key address 3.19.24.131 key REDACTEDREDACTED",
    `  pre-shared-key address 3.19.24.131 key ${MASK}`,
  ],
  ["  pre-shared-key local 0 LocalPsk", `  pre-shared-key local 0 ${MASK}`],
  [" authentication local pre-share key 0 Ikev2Key", ` authentication local pre-share key 0 ${MASK}`],
  // other
  [" ppp chap password 7 107D3D232342041E3A", ` ppp chap password 7 ${MASK}`],
  [
    " ppp pap sent-username adialuser password 7 023530612D5319347A",
    ` ppp pap sent-username adialuser password 7 ${MASK}`,
  ],
  ["ip ftp password bhks", `ip ftp password ${MASK}`],
  ["key config-key password-encrypt MasterKey1", `key config-key password-encrypt ${MASK}`],
  // CLI transcripts: masked after the prompt
  [
    "edge-a(config-red-app-prtcl)#authentication text sol_ha1",
    `edge-a(config-red-app-prtcl)#authentication text ${MASK}`,
  ],
  ["edge-a(config)#enable secret 0 Clear1", `edge-a(config)#enable secret 0 ${MASK}`],
];

/** Lines that only look like they might hold a secret. */
const UNCHANGED: readonly string[] = [
  "   authentication md5 key-chain RG-KEYS",
  "key chain RG-KEYS",
  " key 1",
  "service password-encryption",
  "no service password-encryption",
  "security passwords min-length 6",
  "password encryption aes",
  "aaa authentication login default group TACACS-GRP local",
  " login authentication CONSOLE",
  " ppp authentication chap pap callin optional",
  " authentication pre-share",
  "snmp-server enable traps snmp authentication linkdown linkup coldstart",
  "snmp-server group NMS-RO v3 priv read NMS-VIEW access SNMP-NMS",
  " neighbor 10.10.100.1 send-community both",
  "crypto key generate rsa modulus 2048",
  " redundancy group 1 ip 10.10.1.1 exclusive decrement 60",
  " redundancy rii 101",
  "ip nat inside source static 10.10.1.11 203.0.113.50 redundancy 1 mapping-id 102",
  "",
  "!",
];

describe("maskSecrets", () => {
  for (const [line, masked] of MASKED) {
    it(`masks ${JSON.stringify(line.trim())}`, () => {
      expect(maskSecrets(line)).toBe(masked);
    });
  }

  for (const line of UNCHANGED) {
    it(`leaves ${JSON.stringify(line.trim())} alone`, () => {
      expect(maskSecrets(line)).toBe(line);
    });
  }

  it("masks every secret of the corpus-style lines, whatever their case", () => {
    expect(maskSecrets(" Authentication Text MiXeD")).toBe(` Authentication Text ${MASK}`);
    expect(maskSecrets("ENABLE SECRET 5 $1$abc")).toBe(`ENABLE SECRET 5 ${MASK}`);
  });
});
