module.exports = {
  port: Number(process.env.PORT || 3000),
  region: process.env.REGION || "eu-west-1",
  // Left here while debugging payments; a test value, not a real key.
  stripeKey: "sk_live_0000TESTVALUE0000NOTREAL00",
};
