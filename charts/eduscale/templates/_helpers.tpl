{{/* The release's base name: the release name, with the chart's appended unless it is already there. */}}
{{- define "eduscale.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 40 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 40 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{/* A component's object name: (dict "root" $ "component" "graders"). */}}
{{- define "eduscale.name" -}}
{{- printf "%s-%s" (include "eduscale.fullname" .root) .component | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "eduscale.selectorLabels" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "eduscale.labels" -}}
{{ include "eduscale.selectorLabels" . }}
app.kubernetes.io/part-of: eduscale
app.kubernetes.io/version: {{ .root.Values.image.tag | quote }}
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version }}
{{- end -}}

{{/* An EduScale image: (dict "root" $ "values" .Values.programmingApi). A digest wins over a tag. */}}
{{- define "eduscale.image" -}}
{{- $tag := .values.tag | default .root.Values.image.tag -}}
{{- if not $tag }}{{ fail "image.tag (or the component's tag) is required: images are pinned by values" }}{{ end -}}
{{- if .values.digest -}}
{{- printf "%s/%s@%s" .root.Values.image.registry .values.repository .values.digest -}}
{{- else -}}
{{- printf "%s/%s:%s" .root.Values.image.registry .values.repository $tag -}}
{{- end -}}
{{- end -}}

{{/* A third-party image: (dict "repository" … "tag" …). */}}
{{- define "eduscale.thirdPartyImage" -}}
{{- if not .tag }}{{ fail (printf "a tag is required for %s" .repository) }}{{ end -}}
{{- printf "%s:%s" .repository .tag -}}
{{- end -}}

{{/* Names of the databases' Services and Secrets. */}}
{{- define "eduscale.pgCluster" -}}{{ include "eduscale.name" (dict "root" . "component" "pg") }}{{- end -}}
{{- define "eduscale.pgPooler" -}}{{ include "eduscale.name" (dict "root" . "component" "pg-pooler") }}{{- end -}}
{{/* The Redis Service of mode statefulset (mode operator has no one server to name: see redisSentinel*). */}}
{{- define "eduscale.redisHost" -}}{{ include "eduscale.name" (dict "root" . "component" "redis") }}{{- end -}}
{{/*
Mode operator: the RedisSentinel's name, the Service the OT redis-operator makes for its pods and
the Sentinels' master group. The operator names the sentinels' StatefulSet and Service
"<RedisSentinel name>-sentinel" (with "-headless" and "-additional" beside it), labels their pods
app=<that name>, and serves Sentinel on 26379 (redis-operator pkg/k8sutils/redis-sentinel.go,
CreateRedisSentinelService and CreateRedisSentinelSetup; sentinelPort in pkg/k8sutils/services.go).
The group name is the CRD's redisSentinelConfig.masterGroupName (default "myMaster"), set from
redis.operator.masterGroupName so the CR and every REDIS_URL say the same.
*/}}
{{- define "eduscale.redisSentinelName" -}}{{ include "eduscale.name" (dict "root" . "component" "redis-sentinel") }}{{- end -}}
{{- define "eduscale.redisSentinelService" -}}
{{- $name := printf "%s-sentinel" (include "eduscale.redisSentinelName" .) -}}
{{- /* A StatefulSet's name must leave room for its pods' controller-revision-hash label (63). */ -}}
{{- if gt (len $name) 52 }}{{ fail (printf "the sentinels' StatefulSet %s is over 52 characters: shorten the release name" $name) }}{{ end -}}
{{- $name -}}
{{- end -}}
{{- define "eduscale.redisSentinelMaster" -}}{{ required "redis.operator.masterGroupName is required in mode operator" .Values.redis.operator.masterGroupName }}{{- end -}}
{{- define "eduscale.databaseSecret" -}}
{{- if .Values.database.external.url -}}{{ include "eduscale.name" (dict "root" . "component" "database") }}{{- else -}}{{ required "database.external.existingSecret or database.external.url is required in mode external" .Values.database.external.existingSecret }}{{- end -}}
{{- end -}}
{{- define "eduscale.redisSecret" -}}
{{- if .Values.redis.external.url -}}{{ include "eduscale.name" (dict "root" . "component" "redis") }}{{- else -}}{{ required "redis.external.existingSecret or redis.external.url is required in mode external" .Values.redis.external.existingSecret }}{{- end -}}
{{- end -}}
{{- define "eduscale.redisAuthSecret" -}}
{{- if .Values.redis.auth.existingSecret -}}{{ .Values.redis.auth.existingSecret }}{{- else -}}{{ include "eduscale.name" (dict "root" . "component" "redis-auth") }}{{- end -}}
{{- end -}}

{{/* DATABASE_URL (and DB_USER/DB_PASSWORD it is built from with CloudNativePG), from Secrets only. */}}
{{- define "eduscale.databaseEnv" -}}
{{- if eq .Values.database.mode "cnpg" }}
- name: DB_USER
  valueFrom: { secretKeyRef: { name: {{ include "eduscale.pgCluster" . }}-app, key: username } }
- name: DB_PASSWORD
  valueFrom: { secretKeyRef: { name: {{ include "eduscale.pgCluster" . }}-app, key: password } }
- name: DATABASE_URL
  value: {{ printf "postgres://$(DB_USER):$(DB_PASSWORD)@%s:5432/%s" (ternary (include "eduscale.pgPooler" .) (printf "%s-rw" (include "eduscale.pgCluster" .)) .Values.database.cnpg.pooler.enabled) .Values.database.cnpg.database | quote }}
{{- else }}
- name: DATABASE_URL
  valueFrom: { secretKeyRef: { name: {{ include "eduscale.databaseSecret" . }}, key: DATABASE_URL } }
{{- end }}
{{- end -}}

{{/*
REDIS_URL, from Secrets only. Mode operator: the Sentinels (server-kit deps/redis-options.ts), so a
client asks them for the primary and asks again after a failover; the sentinels require the same
password as the data nodes (the RedisSentinel's redisSecret), hence sentinelPassword.
*/}}
{{- define "eduscale.redisEnv" -}}
{{- if eq .Values.redis.mode "external" }}
- name: REDIS_URL
  valueFrom: { secretKeyRef: { name: {{ include "eduscale.redisSecret" . }}, key: REDIS_URL } }
{{- else }}
- name: REDIS_PASSWORD
  valueFrom: { secretKeyRef: { name: {{ include "eduscale.redisAuthSecret" . }}, key: password } }
- name: REDIS_URL
  {{- if eq .Values.redis.mode "operator" }}
  value: {{ printf "redis+sentinel://:$(REDIS_PASSWORD)@%s:26379/%s?sentinelPassword=$(REDIS_PASSWORD)" (include "eduscale.redisSentinelService" .) (include "eduscale.redisSentinelMaster" .) | quote }}
  {{- else }}
  value: {{ printf "redis://:$(REDIS_PASSWORD)@%s:6379" (include "eduscale.redisHost" .) | quote }}
  {{- end }}
{{- end }}
{{- end -}}

{{/*
A component's extra, non-secret variables (its `env` map) as a ConfigMap the container reads with
envFrom: (dict "root" $ "component" … "env" $v.env). Secrets never go here (the chart test looks).
*/}}
{{- define "eduscale.envConfigMap" -}}
{{- if .env }}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "eduscale.name" . }}-env
  labels:
    {{- include "eduscale.labels" . | nindent 4 }}
data:
  {{- range $name, $value := .env }}
  {{ $name }}: {{ $value | toString | quote }}
  {{- end }}
{{- end }}
{{- end -}}

{{- define "eduscale.envFrom" -}}
{{- if .env }}
envFrom:
  - configMapRef: { name: {{ include "eduscale.name" . }}-env }
{{- end }}
{{- end -}}

{{/* The restricted shape of every container but the graders'. */}}
{{- define "eduscale.restrictedContainerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
allowPrivilegeEscalation: false
privileged: false
readOnlyRootFilesystem: true
capabilities:
  drop: [ALL]
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "eduscale.restrictedPodSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* Spread a component's replicas over nodes: (dict "root" $ "component" "…"). */}}
{{- define "eduscale.antiAffinity" -}}
podAntiAffinity:
  preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        topologyKey: kubernetes.io/hostname
        labelSelector:
          matchLabels:
            {{- include "eduscale.selectorLabels" . | nindent 12 }}
{{- end -}}

{{- define "eduscale.imagePullSecrets" -}}
{{- with .Values.imagePullSecrets }}
imagePullSecrets:
  {{- toYaml . | nindent 2 }}
{{- end }}
{{- end -}}
