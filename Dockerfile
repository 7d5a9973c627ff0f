# demarc in a container: small (Debian slim, production dependencies only), runs as the
# unprivileged `node` user, and writes nothing but the reports asked for, so it runs with a
# read-only root filesystem:
#   docker build -t demarc .
#   docker run --rm --read-only -v "$PWD:/work:ro" demarc scan infra/
#   docker run --rm --read-only -v "$PWD/out:/out" -e AWS_PROFILE -v ~/.aws:/home/node/.aws:ro \
#     demarc scan --format sarif --output /out/demarc.sarif
FROM node:24-bookworm-slim AS build
WORKDIR /build
COPY package.json package-lock.json tsconfig.json README.md ./
RUN npm ci --ignore-scripts --no-audit --no-fund
# test/ is compiled only because src/ tests import its helpers; the package leaves tests out.
COPY bin bin
COPY src src
COPY test test
COPY schema schema
COPY examples examples
COPY docs docs
RUN npx tsc -p tsconfig.json && npm pack --ignore-scripts

FROM node:24-bookworm-slim
ENV NODE_ENV=production NO_UPDATE_NOTIFIER=1
COPY --from=build /build/demarc-*.tgz /tmp/
RUN npm install --global --omit=dev --no-audit --no-fund /tmp/demarc-*.tgz \
  && rm /tmp/demarc-*.tgz && npm cache clean --force
USER node
WORKDIR /work
ENTRYPOINT ["demarc"]
CMD ["--help"]
