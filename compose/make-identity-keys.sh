#!/bin/sh
# The key pair the gateway signs identities with, made once into the keys volume and
# laid out for Spring's configtree import: public/ for every service, private/ for the
# gateway only. Also the two keys quarantine-service protects ID numbers with (quarantine/,
# for that service only). In production the keys come from your secret store instead.
set -eu
mkdir -p /keys/public /keys/private /keys/quarantine
if [ ! -f /keys/private/cordon.identity.private-key ]; then
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /keys/private/cordon.identity.private-key
  openssl pkey -in /keys/private/cordon.identity.private-key -pubout -out /keys/public/cordon.identity.public-key
fi
for key in cordon.quarantine.id-number-key cordon.quarantine.id-number-hash-key; do
  if [ ! -f "/keys/quarantine/$key" ]; then
    openssl rand -base64 32 | tr -d '\n' > "/keys/quarantine/$key"
  fi
done
chmod -R a+rX /keys
