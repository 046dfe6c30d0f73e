{{/*
A Node service's Deployment (programming-api, battle-api, programming-ui):
(dict "root" $ "component" "programming-api" "values" .Values.programmingApi "env" "<yaml list>")
Readiness is the service's /health (its dependencies); liveness only that the port answers, so a
Postgres or Redis outage takes pods out of rotation instead of restarting every one of them.
*/}}
{{- define "eduscale.nodeDeployment" -}}
{{- $v := .values -}}
{{- $ctx := dict "root" .root "component" .component -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "eduscale.name" $ctx }}
  labels:
    {{- include "eduscale.labels" $ctx | nindent 4 }}
spec:
  {{- if not $v.autoscaling.enabled }}
  replicas: {{ $v.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  selector:
    matchLabels:
      {{- include "eduscale.selectorLabels" $ctx | nindent 6 }}
  strategy:
    type: RollingUpdate
    rollingUpdate: { maxSurge: 1, maxUnavailable: 0 }
  template:
    metadata:
      labels:
        {{- include "eduscale.labels" $ctx | nindent 8 }}
    spec:
      automountServiceAccountToken: false
      serviceAccountName: {{ include "eduscale.name" (dict "root" .root "component" "workload") }}
      enableServiceLinks: false
      {{- include "eduscale.imagePullSecrets" .root | nindent 6 }}
      securityContext:
        {{- include "eduscale.restrictedPodSecurityContext" . | nindent 8 }}
      affinity:
        {{- include "eduscale.antiAffinity" $ctx | nindent 8 }}
      {{- with $v.terminationGracePeriodSeconds }}
      terminationGracePeriodSeconds: {{ . }}
      {{- end }}
      containers:
        - name: {{ .component }}
          image: {{ include "eduscale.image" (dict "root" .root "values" $v) }}
          imagePullPolicy: {{ .root.Values.image.pullPolicy }}
          ports:
            - name: http
              containerPort: {{ $v.port }}
              protocol: TCP
          env:
            - name: PORT
              value: {{ $v.port | quote }}
            - name: HOST
              value: 0.0.0.0
            {{- .env | nindent 12 }}
          {{- include "eduscale.envFrom" (dict "root" .root "component" .component "env" $v.env) | nindent 10 }}
          {{- with $v.preStopSleepSeconds }}
          lifecycle:
            preStop:
              sleep: { seconds: {{ . }} }
          {{- end }}
          startupProbe:
            httpGet: { path: {{ $v.healthPath }}, port: http }
            periodSeconds: 2
            failureThreshold: 60
          readinessProbe:
            httpGet: { path: {{ $v.healthPath }}, port: http }
            periodSeconds: 5
            timeoutSeconds: 3
            failureThreshold: 2
          livenessProbe:
            tcpSocket: { port: http }
            periodSeconds: 10
            timeoutSeconds: 3
            failureThreshold: 3
          resources:
            {{- toYaml $v.resources | nindent 12 }}
          securityContext:
            {{- include "eduscale.restrictedContainerSecurityContext" . | nindent 12 }}
          volumeMounts:
            - { name: tmp, mountPath: /tmp }
      volumes:
        - name: tmp
          emptyDir: { sizeLimit: 256Mi }
{{- include "eduscale.envConfigMap" (dict "root" .root "component" .component "env" $v.env) }}
{{- end -}}

{{/* A ClusterIP Service for a component's http port: (dict "root" $ "component" … "port" …). */}}
{{- define "eduscale.service" -}}
{{- $ctx := dict "root" .root "component" .component -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "eduscale.name" $ctx }}{{ if .headless }}-pods{{ end }}
  labels:
    {{- include "eduscale.labels" $ctx | nindent 4 }}
    {{- if not .headless }}
    eduscale.dev/scrape: "true"
    {{- end }}
spec:
  {{- if .headless }}
  # Every ready pod's address, for the edge's per-pod upstream (consistent hash, least_conn).
  clusterIP: None
  {{- else }}
  type: ClusterIP
  {{- end }}
  selector:
    {{- include "eduscale.selectorLabels" $ctx | nindent 4 }}
  ports:
    - name: http
      port: {{ .port }}
      targetPort: http
      protocol: TCP
{{- end -}}

{{/* A PodDisruptionBudget: (dict "root" $ "component" … "pdb" .Values.x.pdb). */}}
{{- define "eduscale.pdb" -}}
{{- $ctx := dict "root" .root "component" .component -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "eduscale.name" $ctx }}
  labels:
    {{- include "eduscale.labels" $ctx | nindent 4 }}
spec:
  {{- if hasKey .pdb "maxUnavailable" }}
  maxUnavailable: {{ .pdb.maxUnavailable }}
  {{- else }}
  minAvailable: {{ .pdb.minAvailable }}
  {{- end }}
  selector:
    matchLabels:
      {{- include "eduscale.selectorLabels" $ctx | nindent 6 }}
{{- end -}}

{{/* A CPU HorizontalPodAutoscaler: (dict "root" $ "component" … "autoscaling" … "extraMetrics" "<yaml>"). */}}
{{- define "eduscale.hpa" -}}
{{- $ctx := dict "root" .root "component" .component -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "eduscale.name" $ctx }}
  labels:
    {{- include "eduscale.labels" $ctx | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "eduscale.name" $ctx }}
  minReplicas: {{ .autoscaling.minReplicas }}
  maxReplicas: {{ .autoscaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: { type: Utilization, averageUtilization: {{ .autoscaling.targetCPUUtilizationPercentage }} }
    {{- with .extraMetrics }}
    {{- . | nindent 4 }}
    {{- end }}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
{{- end -}}
